package io.landline.runtime.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The phrases of a grammar that are complete commands: those no longer phrase continues ("what day is it" is not
 * complete when "what day is it today" is a phrase too), and that do not end in a spoken digit (a number slot is
 * published as digit pairs, and a dictated number may always go on). Also the whole phrases a longer one may
 * continue, which end a command after a shorter pause. Worked out once per grammar, so the end of speech can ask
 * on every frame without scanning thousands of phrases.
 */
final class CompleteCommands {

    /** For an open grammar: nothing is known to be complete. */
    static final CompleteCommands NONE = new CompleteCommands(Set.of());

    /** Spoken digits; the runtime keeps its own list, as bundles share only the API. */
    private static final Set<String> DIGITS = Set.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    private final Set<String> complete;
    private final Set<String> phrases;

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

    private static boolean endsWithDigit(String phrase) {
        return DIGITS.contains(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }
}
