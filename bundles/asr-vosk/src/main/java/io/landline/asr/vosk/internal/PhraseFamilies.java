package io.landline.asr.vosk.internal;

import io.landline.api.asr.PhraseGrammar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A grammar's phrases grouped by how they begin, each group a Vosk grammar of its own, for a focused second pass.
 * Vosk's word-pair model lets any word of any phrase slip into a command ("set an alarm for salmon forty five",
 * with salmon, then one of the shopping list's examples); decoding the command again with only the phrases that
 * begin as it did leaves those words out. A group is the phrases with the same first word, or the same first two
 * words when the first is a lead-in that begins half the phrases or more: a follow-up's grammar has every command
 * with and without the wake word before it, and "computer" alone would narrow nothing. A phrase that does not
 * begin with a lead-in is also in the group of its second word, for a first word not heard. Groups are converted
 * the first time they are needed, then kept.
 */
final class PhraseFamilies {

    private final Map<String, List<String>> byLead = new HashMap<>();
    private final Map<String, String> grammars = new ConcurrentHashMap<>();
    private final Set<String> leadIns;
    private final int phrases;

    PhraseFamilies(Collection<String> grammar) {
        // No phrase is split into words here: this runs for every grammar, and a follow-up's has over 30,000 phrases.
        List<String> clean = grammar.stream().map(VoskJson::clean).filter(p -> !p.isEmpty()).toList();
        Map<String, Integer> firstWords = new HashMap<>();
        clean.forEach(phrase -> firstWords.merge(words(phrase, 1), 1, Integer::sum));
        phrases = grammar.size();
        leadIns = firstWords.entrySet().stream().filter(e -> e.getValue() * 2 >= phrases).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        for (String phrase : clean) {
            String first = words(phrase, 1);
            if (leadIns.contains(first)) {
                add(words(phrase, 2), phrase);
            } else {
                add(first, phrase);
                // The first word is the one most often lost: cut by the wake word's end, or swallowed by the
                // word-pair model ("an alarm for salmon forty five" for "set an alarm for seven forty five").
                int second = phrase.indexOf(' ');
                if (second > 0) {
                    add(words(phrase.substring(second + 1), 1), phrase);
                }
            }
        }
    }

    private void add(String lead, String phrase) {
        if (!lead.equals(PhraseGrammar.FREE_TEXT) && !lead.endsWith(" " + PhraseGrammar.FREE_TEXT)) {
            byLead.computeIfAbsent(lead, l -> new ArrayList<>()).add(phrase);
        }
    }

    /** @return the phrase's first {@code count} words (1 or 2), or all of them when it has fewer */
    private static String words(String phrase, int count) {
        int end = phrase.indexOf(' ');
        if (count == 2 && end >= 0) {
            end = phrase.indexOf(' ', end + 1);
        }
        return end < 0 ? phrase : phrase.substring(0, end);
    }

    /**
     * @param heard heard words, without unknown ones
     * @return how they begin as this grammar's groups are keyed: the first word, or the first two after a lead-in,
     *         fillers ("please") before them skipped; empty for no words or free text first
     */
    Optional<String> lead(List<String> heard) {
        // "please call mom" is a call: the fillers every grammar has on their own begin no family worth a pass.
        int start = 0;
        while (start < heard.size() - 1 && VoskJson.FILLERS.contains(heard.get(start))) {
            start++;
        }
        List<String> words = heard.subList(start, heard.size());
        if (words.isEmpty() || words.get(0).equals(PhraseGrammar.FREE_TEXT)) {
            return Optional.empty();
        }
        if (leadIns.contains(words.get(0)) && words.size() > 1 && !words.get(1).equals(PhraseGrammar.FREE_TEXT)) {
            return Optional.of(words.get(0) + " " + words.get(1));
        }
        return Optional.of(words.get(0));
    }

    /**
     * @param lead as {@link #lead} gives it
     * @return the Vosk grammar of the phrases that begin so, or so after one word; empty when none does, or all
     *         do, since a pass with the same grammar would hear the same
     */
    Optional<String> grammar(String lead) {
        if (!narrows(lead)) {
            return Optional.empty();
        }
        return Optional.of(grammars.computeIfAbsent(lead, l -> VoskJson.grammar(byLead.get(l))));
    }

    /** @return whether some phrases begin so, and not all */
    boolean narrows(String lead) {
        List<String> family = byLead.get(lead);
        return family != null && family.size() < phrases;
    }

    /** @return how many phrases begin so, or so after one word */
    int size(String lead) {
        return byLead.getOrDefault(lead, List.of()).size();
    }
}
