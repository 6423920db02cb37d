package io.landline.runtime.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioSink;
import io.landline.api.dialog.TextSink;
import io.landline.api.event.Topics;
import io.landline.api.tts.SpeechSynthesizer;
import io.landline.api.tts.SynthesisException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says things: shows the text on every {@link TextSink} (the console prints it) and, when a synthesizer is
 * active and the site has an audio sink, speaks it there. A failing sink or synthesizer is reported and skipped;
 * the text still reaches the others.
 */
@Component(service = SpeechOutput.class)
public class SpeechOutput {

    /** Service property of audio sinks and sources naming their site; absent means every site. */
    static final String SITE_PROPERTY = "site";

    private static final Logger LOG = LoggerFactory.getLogger(SpeechOutput.class);

    private record SiteSink(String site, AudioSink sink) {
    }

    private final ActiveEngines engines;
    private final EventPoster events;
    private final Problems problems;
    private final Map<Long, TextSink> textSinks = new ConcurrentSkipListMap<>();
    private final Map<Long, SiteSink> audioSinks = new ConcurrentSkipListMap<>();

    /**
     * @param engines    supplies the active synthesizer
     * @param events     posts what was said
     * @param problemLog reports failing sinks
     */
    @Activate
    public SpeechOutput(@Reference ActiveEngines engines, @Reference EventPoster events,
            @Reference ProblemLog problemLog) {
        this.engines = engines;
        this.events = events;
        this.problems = problemLog.problems();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindTextSink(TextSink sink, Map<String, Object> properties) {
        textSinks.put((Long) properties.get(Constants.SERVICE_ID), sink);
    }

    void unbindTextSink(TextSink sink, Map<String, Object> properties) {
        textSinks.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindAudioSink(AudioSink sink, Map<String, Object> properties) {
        Object site = properties.get(SITE_PROPERTY);
        audioSinks.put((Long) properties.get(Constants.SERVICE_ID), new SiteSink(site == null ? null : site.toString(), sink));
    }

    void unbindAudioSink(AudioSink sink, Map<String, Object> properties) {
        audioSinks.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    /**
     * Says a sentence on a site.
     *
     * @param site the site
     * @param text the sentence
     */
    public void say(String site, String text) {
        for (TextSink sink : List.copyOf(textSinks.values())) {
            try {
                sink.show(site, text);
            } catch (RuntimeException e) {
                LOG.warn("text sink {} failed: {}", sink.getClass().getName(), e.toString());
            }
        }
        events.post(Topics.SPEECH_SAID, Topics.SITE, site, Topics.TEXT, text);
        Optional<SpeechSynthesizer> synthesizer = engines.speechSynthesizer();
        Optional<AudioSink> sink = audioSinkFor(site);
        if (synthesizer.isEmpty() || sink.isEmpty()) {
            return;
        }
        String source = "speech on " + site;
        try {
            sink.get().play(synthesizer.get().synthesize(text));
            problems.clear(source);
        } catch (SynthesisException | AudioException e) {
            problems.report(source, e.getMessage());
        } catch (RuntimeException e) {
            problems.report(source, "speaking failed: " + e);
        }
    }

    private Optional<AudioSink> audioSinkFor(String site) {
        // A sink registered for this very site (a WAV file for `listen --say-to`) wins over one for every site.
        Optional<AudioSink> own = audioSinks.values().stream()
                .filter(s -> site.equals(s.site()))
                .map(SiteSink::sink)
                .reduce((first, later) -> later);
        return own.isPresent() ? own : audioSinks.values().stream()
                .filter(s -> s.site() == null)
                .map(SiteSink::sink)
                .findFirst();
    }
}
