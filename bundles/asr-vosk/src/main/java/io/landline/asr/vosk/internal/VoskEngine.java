package io.landline.asr.vosk.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionOptions;
import io.landline.api.asr.RecognitionStream;
import io.landline.api.asr.SpeechRecognizer;
import io.landline.api.engine.ProblemReporter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.vosk.Recognizer;

/**
 * The Vosk speech recognizer. Registers its {@link SpeechRecognizer} service itself, only while a model is loaded,
 * so a bad {@code model.path} leaves the stage to another engine (or to none) with a clear problem instead of an
 * engine that fails every utterance. A changed {@code model.path} loads the new model before the old one is
 * retired: there is no moment without a recognizer, and streams in flight finish on the old model.
 */
@Component(service = {}, immediate = true, configurationPid = VoskEngine.PID)
@Designate(ocd = VoskEngine.Config.class)
public class VoskEngine implements SpeechRecognizer {

    /** A phrase grammar converted for Vosk; see {@link #compiled}. */
    private record CompiledGrammar(String json, VoskStream.Grammar phrases) {
    }

    /**
     * The last few grammars compiled, most recently used last: a site alternates between the command grammar and
     * its follow-up grammar (the same with the wake word), and keeping only one would rebuild both in turn.
     */
    private final Map<PhraseGrammar, CompiledGrammar> compiledGrammars = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PhraseGrammar, CompiledGrammar> eldest) {
            return size() > 4;
        }
    };

    static final String PID = "io.landline.asr.vosk";
    /** The sample rate every recognizer is made for: the pipeline feeds 16 kHz mono 16-bit audio. */
    static final float RATE = 16000f;
    /** Hypotheses asked for in grammar mode, for the stream to find the best one that is a phrase. */
    private static final int ALTERNATIVES = 10;

    /** Configuration, from {@code etc/io.landline.asr.vosk.cfg}. */
    @ObjectClassDefinition(name = "Landline Vosk speech recognizer")
    public @interface Config {
        /** @return the model folder; empty for the small English model in the distribution */
        @AttributeDefinition(description = "Vosk model folder; empty = ${landline.home}/models/vosk-model-en-us")
        String model_path() default "";

        /** @return the engine's rank among speech recognizers */
        @AttributeDefinition(description = "Rank among speech recognizers; the highest is used unless one is pinned")
        int service_ranking() default 10;

        /** @return whether to constrain decoding to the intent engine's phrases */
        @AttributeDefinition(description = "Constrain decoding to the phrases the intent engine knows")
        boolean grammar() default true;

        /** @return the engine id */
        @AttributeDefinition(description = "Engine id, for pinning (asr.engine in io.landline.engines.cfg)")
        String engine_id() default "vosk";
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProblemReporter problems;

    /**
     * A site's command grammar and its follow-up grammar (the same with the wake word) are the ones in use; see
     * {@link RecognizerPool} for what keeping their recognizers saves.
     */
    private final RecognizerPool pool = new RecognizerPool(2);

    private EngineModel<SpeechRecognizer> model;
    private volatile boolean grammar;

    @Reference
    private ModelCache cache;

    @Activate
    void activate(BundleContext bundleContext, Config config) {
        model = new EngineModel<>(cache, bundleContext, SpeechRecognizer.class, this, "etc/io.landline.asr.vosk.cfg",
                "speech recognition with Vosk", () -> problems);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        grammar = config.grammar();
        pool.clear();
        model.configure(config.model_path(), config.engine_id(), config.service_ranking());
    }

    @Deactivate
    void deactivate() {
        pool.close();
        model.close();
    }

    @Override
    public RecognitionStream open(RecognitionOptions options) throws RecognitionException {
        SharedModel current = model.acquire();
        if (current == null) {
            throw new RecognitionException("the Vosk recognizer has no model loaded");
        }
        try {
            PhraseGrammar phrases = options.grammar();
            boolean constrained = grammar && phrases != null && !phrases.phrases().isEmpty();
            if (!constrained) {
                return new VoskStream(lease(current, null), pool::giveBack, null, current, null);
            }
            CompiledGrammar compiled = compiled(phrases);
            return new VoskStream(lease(current, compiled.json()), pool::giveBack,
                    grammar -> recognizer(current, grammar), current, compiled.phrases());
        } catch (IOException | RuntimeException e) {
            current.release();
            throw new RecognitionException("Vosk cannot start a recognizer: " + e.getMessage(), e);
        }
    }

    /** Converts the grammar now, so the first command after the skills change does not wait for it. */
    @Override
    public void prepare(PhraseGrammar phrases) {
        if (grammar && phrases != null && !phrases.phrases().isEmpty()) {
            compiled(phrases);
        }
    }

    /**
     * The grammar as Vosk's JSON and as a snapper, made once per grammar: the intent engine hands out the same
     * grammar until its catalog changes, and converting tens of thousands of phrases after every wake word would
     * delay the command on the audio thread.
     */
    private CompiledGrammar compiled(PhraseGrammar phrases) {
        synchronized (compiledGrammars) {
            // The same grammar objects come back after every wake word: look for them by identity first, as
            // hashing a grammar hashes every phrase.
            for (Map.Entry<PhraseGrammar, CompiledGrammar> known : compiledGrammars.entrySet()) {
                if (known.getKey() == phrases) {
                    return known.getValue();
                }
            }
            return compiledGrammars.computeIfAbsent(phrases, p -> {
                String json = VoskJson.grammar(p.phrases());
                return new CompiledGrammar(json, new VoskStream.Grammar(new PhraseSnapper(p.phrases()),
                        new PhraseFamilies(p.phrases()), p.sentences()));
            });
        }
    }

    /** @return an idle recognizer on the model and grammar from the pool, or a new one */
    private RecognizerPool.Lease lease(SharedModel model, String grammar) throws IOException {
        RecognizerPool.Lease idle = pool.take(model, grammar);
        return idle != null ? idle : new RecognizerPool.Lease(recognizer(model, grammar), model, grammar);
    }

    /** @return a recognizer; with a grammar, one that gives several hypotheses */
    private static Recognizer recognizer(SharedModel model, String grammar) throws IOException {
        Recognizer recognizer = grammar == null ? new Recognizer(model.model(), RATE)
                : new Recognizer(model.model(), RATE, grammar);
        recognizer.setWords(true);
        if (grammar != null) {
            recognizer.setMaxAlternatives(ALTERNATIVES);
        }
        return recognizer;
    }
}
