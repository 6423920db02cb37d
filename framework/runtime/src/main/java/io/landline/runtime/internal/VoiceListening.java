package io.landline.runtime.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.asr.SpeechRecognizer;
import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioStream;
import io.landline.api.dialog.Listening;
import io.landline.api.dialog.ListeningObserver;
import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentRecognizer;
import io.landline.api.skill.Response;
import io.landline.api.wake.WakeWord;
import io.landline.api.wake.WakeWordSpotter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice pipeline ({@link Listening}), configured by {@code etc/io.landline.listen.cfg}: wake words with their
 * sensitivities, and how a command ends. Each call runs its own {@link ListeningLoop}.
 */
@Component(service = { Listening.class, VoiceListening.class }, configurationPid = VoiceListening.PID)
public class VoiceListening implements Listening, ListeningLoop.Pipeline {

    static final String PID = "io.landline.listen";
    private static final Logger LOG = LoggerFactory.getLogger(VoiceListening.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final List<WakeWord> DEFAULT_WAKE_WORDS = List.of(new WakeWord("computer", 0.5));

    private final ActiveEngines engines;
    private final SkillRegistry skills;
    private final DialogManager dialog;
    private final EventPoster events;
    private final Problems problems;
    private final PreparedGrammars grammars = new PreparedGrammars();
    /** One thread that prepares grammars, so that listening never waits for it. */
    private final ExecutorService preparing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "landline-grammar");
        thread.setDaemon(true);
        return thread;
    });
    /** What the grammars were last prepared for; see {@link #prepareGrammars}. */
    private Dependencies preparedFor;

    /** What prepared grammars depend on, compared by identity. */
    private record Dependencies(IntentCatalog catalog, IntentRecognizer intent, SpeechRecognizer recognizer,
            List<WakeWord> wakeWords) {
        boolean sameAs(Dependencies other) {
            return other != null && catalog == other.catalog && intent == other.intent
                    && recognizer == other.recognizer && wakeWords == other.wakeWords;
        }
    }
    private volatile ListeningLoop.Settings settings = new ListeningLoop.Settings(DEFAULT_WAKE_WORDS,
            new EndOfSpeech.Timing(600, 200, 200, 6000, 10000, true), 12, -48);

    /**
     * @param engines    the active engines
     * @param skills     the catalog the grammar comes from
     * @param dialog     handles commands
     * @param events     posts wake and transcript events
     * @param problemLog reports bad configuration
     * @param config     the configuration
     */
    @Activate
    public VoiceListening(@Reference ActiveEngines engines, @Reference SkillRegistry skills,
            @Reference DialogManager dialog, @Reference EventPoster events, @Reference ProblemLog problemLog,
            Map<String, Object> config) {
        this.engines = engines;
        this.skills = skills;
        this.dialog = dialog;
        this.events = events;
        this.problems = problemLog.problems();
        configure(config);
    }

    @Modified
    void configure(Map<String, Object> config) {
        Settings read = new Settings(config, PID, problems);
        ListeningLoop.Settings current = settings;
        List<WakeWord> words = wakeWords(read.text("wake.words", null), current.wakeWords(), read.source());
        EndOfSpeech.Timing t = current.timing();
        EndOfSpeech.Timing timing = new EndOfSpeech.Timing(
                read.integer("trailing.silence.ms", t.trailingSilenceMs(), 100, 5000),
                read.integer("phrase.silence.ms", t.phraseSilenceMs(), 100, 5000),
                read.integer("complete.stable.ms", t.completeStableMs(), 0, 5000),
                read.integer("no.speech.ms", t.noSpeechMs(), 500, 60000),
                read.integer("max.utterance.ms", t.maxUtteranceMs(), 1000, 120000),
                !"false".equalsIgnoreCase(read.text("early.end", Boolean.toString(t.earlyEnd())).strip()));
        double margin = read.decimal("vad.margin.db", current.vadMarginDb(), 1, 40);
        double minimum = read.decimal("vad.minimum.db", current.vadMinimumDb(), -90, -10);
        read.finish();
        settings = new ListeningLoop.Settings(words, timing, margin, minimum);
    }

    /**
     * Reads {@code computer:0.5, hey landline:0.4}: phrases with an optional sensitivity (default 0.5).
     */
    List<WakeWord> wakeWords(String text, List<WakeWord> current, String source) {
        if (text == null || text.isBlank()) {
            problems.clear(source + " wake.words");
            return text == null ? DEFAULT_WAKE_WORDS : current;
        }
        List<WakeWord> words = new ArrayList<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.split(":");
            try {
                double sensitivity = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0.5;
                if (parts.length > 2) {
                    throw new IllegalArgumentException("more than one ':'");
                }
                words.add(new WakeWord(Normalizer.normalize(parts[0]), sensitivity));
            } catch (IllegalArgumentException e) {
                problems.report(source + " wake.words", "wake word '" + entry.strip()
                        + "' is not PHRASE or PHRASE:SENSITIVITY (0..1): " + e.getMessage() + "; keeping " + current);
                return current;
            }
        }
        problems.clear(source + " wake.words");
        return List.copyOf(words);
    }

    @Override
    public void listen(String site, AudioStream audio, ListeningObserver observer)
            throws AudioException, InterruptedException {
        new ListeningLoop(this, grammars, site, observer == null ? ListeningObserver.NONE : observer).run(audio);
    }

    /**
     * Prepares in the background when what the grammars depend on changed: the catalog, the intent engine that
     * turns it into a grammar, the speech recognizer that converts that, and the wake words a follow-up grammar
     * adds. Compared by identity, which is cheap enough for the audio thread.
     */
    @Override
    public void prepareGrammars() {
        IntentCatalog catalog = skills.catalog();
        Optional<IntentRecognizer> intent = engines.intentRecognizer().map(c -> c.engine());
        Optional<ListeningLoop.Recognizer> recognizer = recognizer();
        List<WakeWord> wakeWords = settings.wakeWords();
        Dependencies dependencies = new Dependencies(catalog, intent.orElse(null),
                recognizer.map(ListeningLoop.Recognizer::engine).orElse(null), wakeWords);
        synchronized (preparing) {
            if (dependencies.sameAs(preparedFor)) {
                return;
            }
            preparedFor = dependencies;
        }
        try {
            preparing.execute(() -> prepare(catalog, intent, recognizer, wakeWords));
        } catch (RejectedExecutionException e) {
            // Deactivated while a loop still runs: its first command makes what it needs.
        }
    }

    /** Makes the grammars, on the preparing thread; logs what that cost. */
    private void prepare(IntentCatalog catalog, Optional<IntentRecognizer> intent,
            Optional<ListeningLoop.Recognizer> recognizer, List<WakeWord> wakeWords) {
        try {
            long cpuAtStart = THREADS.getCurrentThreadCpuTime();
            PhraseGrammar grammar = grammar(intent, catalog);
            PreparedGrammars.Prepared prepared = grammars.of(grammar, wakeWords);
            // Commands are heard from the wake word's start, and replies with or without a wake word; the bare
            // grammar is only for a wake-word engine that cannot say where the word began, and is made when first
            // needed: made here, it cost a quarter of the preparing time and some 8 MB of heap that stayed.
            recognizer.ifPresent(r -> {
                r.engine().prepare(prepared.wakeLed());
                r.engine().prepare(prepared.followUp());
            });
            LOG.info("grammar of {} phrases prepared ({} ms of CPU time)", grammar.phrases().size(),
                    (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1_000_000);
        } catch (RuntimeException e) {
            // The first command makes what is missing; it only takes longer.
            LOG.warn("preparing the grammars failed, so the next command prepares them: {}", e.toString());
            LOG.debug("grammar preparation failure", e);
        } catch (LinkageError e) {
            if (!preparing.isShutdown()) {
                throw e;
            }
            // Stopped while preparing, and the bundles that had the classes are gone: nothing is left to prepare for.
        }
    }

    /** Stops preparing; waits a little for a preparation under way, whose classes go with their bundles. */
    @Deactivate
    void deactivate() {
        preparing.shutdownNow();
        try {
            preparing.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ListeningLoop.Settings settings() {
        return settings;
    }

    @Override
    public Optional<WakeWordSpotter> wakeWord() {
        return engines.wakeWord();
    }

    @Override
    public Optional<ListeningLoop.Recognizer> recognizer() {
        return engines.speechRecognizer().map(c -> new ListeningLoop.Recognizer(c.info().id(), c.engine()));
    }

    @Override
    public PhraseGrammar grammar() {
        return grammar(engines.intentRecognizer().map(c -> c.engine()), skills.catalog());
    }

    /** @return the intent engine's grammar for the catalog; open vocabulary without an intent engine */
    private static PhraseGrammar grammar(Optional<IntentRecognizer> intent, IntentCatalog catalog) {
        return intent.isEmpty() ? PhraseGrammar.OPEN : intent.get().grammar(catalog);
    }

    @Override
    public boolean understands(String text) {
        return dialog.understands(text);
    }

    @Override
    public boolean expectsReply(String site) {
        return dialog.expectsReply(site);
    }

    @Override
    public Response handle(String site, String text, Consumer<Intent> onIntent) {
        return dialog.handleText(site, text, onIntent);
    }

    @Override
    public void post(String topic, Object... keysAndValues) {
        events.post(topic, keysAndValues);
    }
}
