package io.landline.asr.vosk.internal;

import io.landline.api.engine.ProblemReporter;
import io.landline.api.wake.WakeWord;
import io.landline.api.wake.WakeWordSpotter;
import io.landline.api.wake.WakeWordStream;
import java.io.IOException;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The Vosk wake-word spotter. Like the Vosk recognizer it registers its service only while a model is loaded, and
 * streams hold the model until they close.
 */
@Component(service = {}, immediate = true, configurationPid = VoskWakeEngine.PID)
@Designate(ocd = VoskWakeEngine.Config.class)
public class VoskWakeEngine implements WakeWordSpotter {

    static final String PID = "io.landline.wake.vosk";

    /** Configuration, from {@code etc/io.landline.wake.vosk.cfg}. */
    @ObjectClassDefinition(name = "Landline Vosk wake words")
    public @interface Config {
        /** @return the model folder; empty for the small English model in the distribution */
        @AttributeDefinition(description = "Vosk model folder; empty = ${landline.home}/models/vosk-model-en-us")
        String model_path() default "";

        /** @return the engine's rank among wake-word spotters */
        @AttributeDefinition(description = "Rank among wake-word engines")
        int service_ranking() default 10;

        /** @return words that sound like a wake word but are not */
        @AttributeDefinition(description = "Near misses of the wake words, space-separated; they compete with "
                + "the wake words so they do not wake the assistant")
        String decoys() default WakeGrammar.DEFAULT_DECOYS;

        /** @return the engine id */
        @AttributeDefinition(description = "Engine id, for pinning (wake.engine in io.landline.engines.cfg)")
        String engine_id() default "vosk";
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProblemReporter problems;

    private EngineModel<WakeWordSpotter> model;
    private volatile String decoys = WakeGrammar.DEFAULT_DECOYS;
    /** The last grammar made: the same wake words are asked for after every command. */
    private volatile Grammar last;

    private record Grammar(List<WakeWord> words, String decoys, String json) {
    }

    @Reference
    private ModelCache cache;

    @Activate
    void activate(BundleContext bundleContext, Config config) {
        model = new EngineModel<>(cache, bundleContext, WakeWordSpotter.class, this, "etc/io.landline.wake.vosk.cfg",
                "wake-word spotting with Vosk", () -> problems);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        decoys = config.decoys() == null ? "" : config.decoys();
        model.configure(config.model_path(), config.engine_id(), config.service_ranking());
    }

    @Deactivate
    void deactivate() {
        model.close();
    }

    @Override
    public WakeWordStream open(List<WakeWord> words, String site) {
        SharedModel current = model.acquire();
        if (current == null) {
            throw new IllegalStateException("the Vosk wake-word engine has no model loaded");
        }
        try {
            return new WakeStream(current, new WakeMatcher(words), grammar(words));
        } catch (IOException | RuntimeException e) {
            current.release();
            throw new IllegalStateException("Vosk cannot start a wake-word recognizer: " + e.getMessage(), e);
        }
    }

    private String grammar(List<WakeWord> words) {
        Grammar known = last;
        String currentDecoys = decoys;
        if (known == null || !known.words().equals(words) || !known.decoys().equals(currentDecoys)) {
            known = new Grammar(List.copyOf(words), currentDecoys, WakeGrammar.json(words, currentDecoys));
            last = known;
        }
        return known.json();
    }
}
