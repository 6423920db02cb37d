package io.landline.asr.vosk.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A teen over its tens ("fifteen" over "fifty") when the recognizer found both likely. The small English model
 * hears a teen as its tens far more often than the other way round: on the speech benchmark's tuning and
 * development sets (304 commands with such a number, every voice and speed), the best hypothesis had a tens word
 * for a teen 20 times and a teen for a tens word 8 times. The weak final "n" of a teen is the likely cause; the
 * grammar adds to it, as every tens word begins ten numbers ("forty one" .. "forty nine") and its word pairs are
 * counted once per phrase. Where a likely hypothesis differs from the chosen one only by the teen in place of a
 * tens word, taking it fixed 16 of those 20 and broke 2 commands that did say the tens word.
 */
final class TeensOverTens {

    private static final Map<String, String> TEEN_OF = Map.of("thirty", "thirteen", "forty", "fourteen", "fifty",
            "fifteen", "sixty", "sixteen", "seventy", "seventeen", "eighty", "eighteen", "ninety", "nineteen");

    private TeensOverTens() {
    }

    /**
     * @param chosen the hypothesis chosen
     * @param likely the likely hypotheses (see {@link VoskStream#LEAST_RELATIVE_SCORE})
     * @return the likely hypothesis that has the same words as the chosen one but a teen for one of its tens words;
     *         empty when there is none
     */
    static Optional<VoskJson.Alternative> teenTwin(VoskJson.Alternative chosen, List<VoskJson.Alternative> likely) {
        String[] words = chosen.text().split(" ");
        for (VoskJson.Alternative other : likely) {
            if (isTeenTwin(words, other.text().split(" "))) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** @return whether the other words are the same but for one tens word said as its teen */
    private static boolean isTeenTwin(String[] words, String[] other) {
        if (words.length != other.length) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(other[i])) {
                continue;
            }
            if (!other[i].equals(TEEN_OF.get(words[i])) || ++differences > 1) {
                return false;
            }
        }
        return differences == 1;
    }
}
