package io.landline.asr.vosk.internal;

import io.landline.api.asr.PhraseGrammar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A grammar's phrases grouped by their first word, each group a Vosk grammar of its own, for a focused second
 * pass. Vosk's word-pair model lets any word of any phrase slip into a command ("set an alarm for salmon forty
 * five", with salmon from the shopping list); decoding the command again with only the phrases that begin as it
 * did leaves those words out. Groups are converted the first time they are needed, then kept.
 */
final class PhraseFamilies {

    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    private final Map<String, String> grammars = new ConcurrentHashMap<>();
    private final int phrases;

    PhraseFamilies(Collection<String> grammar) {
        for (String phrase : grammar) {
            String clean = VoskJson.clean(phrase);
            String first = clean.split(" ", 2)[0];
            if (!first.isEmpty() && !first.equals(PhraseGrammar.FREE_TEXT)) {
                byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(clean);
            }
        }
        phrases = grammar.size();
    }

    /**
     * @return the Vosk grammar of the phrases that begin with the word; empty when none does, or all do, since a
     *         pass with the same grammar would hear the same
     */
    Optional<String> grammar(String firstWord) {
        if (!narrows(firstWord)) {
            return Optional.empty();
        }
        return Optional.of(grammars.computeIfAbsent(firstWord, w -> VoskJson.grammar(byFirstWord.get(w))));
    }

    /** @return whether some phrases begin with the word, and not all */
    boolean narrows(String firstWord) {
        List<String> family = byFirstWord.get(firstWord);
        return family != null && family.size() < phrases;
    }

    /** @return how many phrases begin with the word */
    int size(String firstWord) {
        return byFirstWord.getOrDefault(firstWord, List.of()).size();
    }
}
