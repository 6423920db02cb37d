package io.landline.nlu.templates.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.engine.Engines;
import io.landline.api.engine.ProblemReporter;
import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentRecognizer;
import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The sentence-template intent engine ({@code engine.id=templates}). Ranked 100, above the built-in exact engine,
 * so it is the default; configuration ({@code etc/io.landline.intent.templates.cfg}) can lower its ranking, and
 * {@code intent.engine} in {@code io.landline.engines.cfg} can pin another engine.
 */
@Component(configurationPid = TemplateRecognizer.PID,
        property = { Engines.ENGINE_ID + "=templates", Constants.SERVICE_RANKING + ":Integer=100" })
public class TemplateRecognizer implements IntentRecognizer {

    static final String PID = "io.landline.intent.templates";

    /** Configuration. */
    @ObjectClassDefinition(name = "Sentence-template intent engine")
    public @interface Config {
        /** @return below this confidence nothing is returned; between it and the dialog's threshold, "did you mean" */
        @AttributeDefinition(description = "Below this confidence (0..1) an utterance is not understood at all")
        double min_confidence() default 0.6;
    }

    private record Compiled(long version, CompiledCatalog catalog, PhraseGrammar grammar) {
    }

    private final SlotParsers parsers;
    private volatile double minConfidence = 0.6;
    private volatile Compiled compiled;
    private final Set<String> reported = new HashSet<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProblemReporter problems;

    /** @param config the configuration */
    @Activate
    public TemplateRecognizer(Config config) {
        this(Clock.systemDefaultZone());
        configure(config);
    }

    TemplateRecognizer(Clock clock) {
        this.parsers = new SlotParsers(clock);
    }

    @Modified
    void configure(Config config) {
        double value = config.min_confidence();
        minConfidence = Double.isNaN(value) ? 0.6 : Math.max(0, Math.min(1, value));
    }

    @Override
    public Optional<Intent> recognize(String text, IntentCatalog catalog) {
        if (text == null) {
            return Optional.empty();
        }
        return compiled(catalog).catalog().recognize(text, minConfidence);
    }

    @Override
    public PhraseGrammar grammar(IntentCatalog catalog) {
        Compiled current = compiled(catalog);
        if (current.grammar() != null) {
            return current.grammar();
        }
        // Built under the lock, so that two threads asking at once (the pipeline prepares grammars in the
        // background) get the same object: callers compare grammars by identity before comparing their phrases.
        synchronized (this) {
            Compiled latest = compiled;
            if (latest.version() == current.version() && latest.grammar() != null) {
                return latest.grammar();
            }
            // The phrases are a bounded expansion of the templates; the templates themselves say which other
            // word sequences are sentences too.
            PhraseGrammar listed = Phrases.grammar(catalog);
            PhraseGrammar grammar = new PhraseGrammar(listed.phrases(), listed.openVocabulary(),
                    current.catalog()::isSentence);
            if (latest.version() == current.version()) {
                compiled = new Compiled(current.version(), current.catalog(), grammar);
            }
            return grammar;
        }
    }

    @Override
    public SlotValue parseSlot(String text, SlotType type) {
        List<String> words = Words.tokens(text == null ? "" : text);
        if (type.kind() == SlotType.Kind.TEXT) {
            return new SlotValue(String.join(" ", words), String.join(" ", words));
        }
        // Replies often carry a lead-in ("for eight minutes", "at seven", "it's five five five"): drop words
        // from the front until the rest reads as a value.
        for (int start = 0; start < words.size() && start < 4; start++) {
            List<String> rest = words.subList(start, words.size());
            Object value = type.kind() == SlotType.Kind.LIST ? listValue(rest, type) : parsers.parse(rest, type);
            if (value != null) {
                return new SlotValue(String.join(" ", rest), value);
            }
        }
        return SlotValue.ofText(String.join(" ", words));
    }

    private static Object listValue(List<String> words, SlotType type) {
        String said = String.join(" ", words);
        return type.values().stream().filter(v -> Words.normalize(v).equals(said)).findFirst().orElse(null);
    }

    private Compiled compiled(IntentCatalog catalog) {
        Compiled current = compiled;
        if (current != null && current.version() == catalog.version()) {
            return current;
        }
        synchronized (this) {
            current = compiled;
            if (current != null && current.version() == catalog.version()) {
                return current;
            }
            CompiledCatalog built = CompiledCatalog.compile(catalog, parsers);
            report(built.problems());
            current = new Compiled(catalog.version(), built, null);
            compiled = current;
            return current;
        }
    }

    private void report(Map<String, String> now) {
        ProblemReporter reporter = problems;
        if (reporter == null) {
            return;
        }
        for (String source : reported) {
            if (!now.containsKey(source)) {
                reporter.clear(source);
            }
        }
        now.forEach(reporter::report);
        reported.clear();
        reported.addAll(now.keySet());
    }
}
