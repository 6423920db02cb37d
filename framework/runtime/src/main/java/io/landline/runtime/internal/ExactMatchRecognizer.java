package io.landline.runtime.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.engine.Engines;
import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentRecognizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * The built-in intent engine: a sentence matches when it equals a declared sentence after normalisation (case,
 * punctuation and spacing ignored). Sentences with template syntax ({@code {slot}}, {@code [optional]},
 * {@code (a | b)}) are left to a template engine. Ranked 0 so any installed engine takes over.
 */
@Component(property = { Engines.ENGINE_ID + "=exact", Constants.SERVICE_RANKING + ":Integer=0" },
        configurationPid = "io.landline.intent.exact")
public class ExactMatchRecognizer implements IntentRecognizer {

    /** Sentences by normalised text, built once per catalog version. */
    private record Index(long version, Map<String, IntentCatalog.Entry> sentences, PhraseGrammar grammar) {
    }

    private volatile Index index = new Index(-1, Map.of(), PhraseGrammar.OPEN);

    @Override
    public Optional<Intent> recognize(String text, IntentCatalog catalog) {
        String normalized = Normalizer.normalize(text);
        IntentCatalog.Entry entry = indexFor(catalog).sentences().get(normalized);
        return Optional.ofNullable(entry).map(e -> new Intent(e.skillId(), e.intent().name(), Map.of(), 1.0,
                text, normalized));
    }

    @Override
    public PhraseGrammar grammar(IntentCatalog catalog) {
        return indexFor(catalog).grammar();
    }

    private Index indexFor(IntentCatalog catalog) {
        Index current = index;
        if (current.version() == catalog.version()) {
            return current;
        }
        Map<String, IntentCatalog.Entry> sentences = new HashMap<>();
        boolean templates = false;
        for (IntentCatalog.Entry entry : catalog.entries()) {
            for (String sentence : entry.intent().sentences()) {
                if (Normalizer.isTemplate(sentence)) {
                    templates = true;
                } else {
                    sentences.putIfAbsent(Normalizer.normalize(sentence), entry);
                }
            }
        }
        Index built = new Index(catalog.version(), Map.copyOf(sentences),
                new PhraseGrammar(sentences.keySet(), templates));
        index = built;
        return built;
    }
}
