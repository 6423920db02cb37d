package io.landline.asr.vosk.internal;

import io.landline.api.asr.RecognitionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Grammar mode's last step. Vosk's grammar decoding lets a word drop out or slip in ("what time it" for "what time
 * is it"), which no longer equals any phrase. When exactly one phrase is within one word edit per four words
 * (at least one) of the result — ties broken by spelling — the result becomes that phrase, with the confidence
 * lowered by the share of words changed; otherwise the result stays as heard.
 */
final class PhraseSnapper {

    private final List<String[]> phrases = new ArrayList<>();

    PhraseSnapper(Collection<String> grammar) {
        for (String phrase : grammar) {
            String clean = normalize(phrase);
            if (!clean.isEmpty()) {
                phrases.add(clean.split(" "));
            }
        }
    }

    RecognitionResult snap(String text, double confidence) {
        String clean = normalize(text);
        if (clean.isEmpty()) {
            return new RecognitionResult(text, true, confidence);
        }
        String[] words = clean.split(" ");
        int best = Integer.MAX_VALUE;
        int bestLetters = Integer.MAX_VALUE;
        int runnerUpLetters = Integer.MAX_VALUE;
        String[] bestPhrase = null;
        for (String[] phrase : phrases) {
            int d = distance(words, phrase);
            if (d > best) {
                continue;
            }
            // Equal word edits: the phrase spelled clearly closest wins ("what's no date" is nearer "what's the
            // date" than "what's today's date"); nearly as close ("what is it": day or time?) stays a tie.
            int letters = letters(clean, String.join(" ", phrase));
            if (d < best) {
                best = d;
                bestLetters = letters;
                runnerUpLetters = Integer.MAX_VALUE;
                bestPhrase = phrase;
            } else if (letters < bestLetters) {
                runnerUpLetters = bestLetters;
                bestLetters = letters;
                bestPhrase = phrase;
            } else if (!Arrays.equals(phrase, bestPhrase)) {
                runnerUpLetters = Math.min(runnerUpLetters, letters);
            }
        }
        boolean tie = runnerUpLetters != Integer.MAX_VALUE && runnerUpLetters - bestLetters < 2;
        if (bestPhrase == null || best == 0 || tie || best > Math.max(1, bestPhrase.length / 4)) {
            return new RecognitionResult(text, true, confidence);
        }
        double changed = (double) best / Math.max(words.length, bestPhrase.length);
        return new RecognitionResult(String.join(" ", bestPhrase), true, confidence * (1 - changed));
    }

    /** Letter-level Levenshtein distance. */
    static int letters(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Word-level Levenshtein distance. */
    static int distance(String[] a, String[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    private static String normalize(String text) {
        return text.toLowerCase().replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
    }
}
