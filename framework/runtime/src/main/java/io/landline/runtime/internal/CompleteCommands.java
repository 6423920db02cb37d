package io.landline.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of a grammar that are complete commands: those no longer phrase continues ("what day is it" is not
 * complete when "what day is it today" is a phrase too), and that do not end in a spoken digit (a number slot is
 * published as digit pairs, and a dictated number may always go on). Also the whole phrases a longer one may
 * continue, which end a command after a shorter pause, and those a partial transcript may be one word off. Worked
 * out once per grammar, so the end of speech can ask on every frame without scanning thousands of phrases.
 */
final class CompleteCommands {

    /** For an open grammar: nothing is known to be complete. */
    static final CompleteCommands NONE = new CompleteCommands(Set.of());

    /** Spoken digits; the runtime keeps its own list, as bundles share only the API. */
    private static final Set<String> DIGITS = Set.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    /** The fewest words a phrase must have for a partial transcript one word off to count as it. */
    static final int NEAR_WORDS = 4;

    private final Set<String> complete;
    private final Set<String> phrases;
    /**
     * The phrases of {@link #NEAR_WORDS} words or more, by length and first word, and by length and last word: a
     * phrase one word off agrees with the words heard in length and in at least one of the two.
     */
    private final Map<String, List<String[]>> byEnds = new HashMap<>();

    /** @param phrases the grammar's phrases, normalised */
    CompleteCommands(Collection<String> phrases) {
        Set<String> continued = new HashSet<>();
        for (String phrase : phrases) {
            for (int space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) {
                continued.add(phrase.substring(0, space));
            }
        }
        Set<String> whole = new HashSet<>(phrases);
        whole.removeIf(CompleteCommands::endsWithDigit);
        this.phrases = Set.copyOf(whole);
        for (String phrase : this.phrases) {
            String[] words = phrase.split(" ");
            if (words.length >= NEAR_WORDS) {
                byEnds.computeIfAbsent(words.length + " first " + words[0], k -> new ArrayList<>()).add(words);
                byEnds.computeIfAbsent(words.length + " last " + words[words.length - 1], k -> new ArrayList<>())
                        .add(words);
            }
        }
        whole.removeAll(continued);
        complete = Set.copyOf(whole);
    }

    /**
     * @param normalized words, normalised
     * @return whether they are a complete command
     */
    boolean isComplete(String normalized) {
        return complete.contains(normalized);
    }

    /**
     * @param normalized words, normalised
     * @return whether they are a whole phrase, one a longer phrase may continue or not, that does not end in a
     *         digit
     */
    boolean isPhrase(String normalized) {
        return phrases.contains(normalized);
    }

    /**
     * @param normalized words, normalised
     * @return whether they are {@link #NEAR_WORDS} words or more and a phrase (as {@link #isPhrase}) but for one word
     *         in their place. A partial transcript is the recognizer's single best path, which may wander off the
     *         phrase by a word ("roll me up twenty sided dice") that its final choice among several puts right.
     */
    boolean isNearPhrase(String normalized) {
        String[] words = normalized.split(" ");
        if (words.length < NEAR_WORDS) {
            return false;
        }
        return anyOneOff(words, byEnds.get(words.length + " first " + words[0]))
                || anyOneOff(words, byEnds.get(words.length + " last " + words[words.length - 1]));
    }

    private static boolean anyOneOff(String[] words, List<String[]> candidates) {
        if (candidates == null) {
            return false;
        }
        for (String[] phrase : candidates) {
            int differ = 0;
            for (int i = 0; i < words.length && differ <= 1; i++) {
                differ += words[i].equals(phrase[i]) ? 0 : 1;
            }
            if (differ <= 1) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the last word is a spoken digit, where a dictated number may go on */
    static boolean endsWithDigit(String phrase) {
        return DIGITS.contains(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }
}
