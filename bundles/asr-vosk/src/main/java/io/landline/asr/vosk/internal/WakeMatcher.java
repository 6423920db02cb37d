package io.landline.asr.vosk.internal;

import io.landline.api.wake.WakeWord;
import io.landline.api.wake.WakeWordDetection;
import java.util.List;
import java.util.Optional;

/**
 * Finds a wake word among decoded words. A wake phrase matches consecutive words; in a partial result it counts
 * only when the decoder has moved on past it (another word follows, or {@link #SETTLE_SECONDS} of audio has
 * passed), because the last word of a partial result is still being decided ("compute" may yet become
 * "computed"), and is then confirmed on a final result. Sensitivity acts twice: through the competing words of the
 * {@link WakeGrammar}, and as the word confidence a final result must reach, {@code 0.9 - 0.7 * sensitivity}
 * (0.55 by default: real wake words scored 1.0 in 72 utterances of the test voices and 0.56 to 1 in other accents,
 * "borrow a cup" heard as "computer" 0.53 — a thin margin, see docs/benchmarks.md).
 * Partial results always say 1, so they only ever lead to a final result.
 */
final class WakeMatcher {

    static final double SETTLE_SECONDS = 0.25;

    private final List<WakeWord> wakeWords;
    private final List<String[]> phrases;

    WakeMatcher(List<WakeWord> wakeWords) {
        this.wakeWords = List.copyOf(wakeWords);
        this.phrases = wakeWords.stream().map(w -> w.phrase().toLowerCase().strip().split("\\s+")).toList();
    }

    /** @return the word confidence a wake word needs at a sensitivity */
    static double minimumConfidence(double sensitivity) {
        return 0.9 - 0.7 * sensitivity;
    }

    /**
     * @param partialText the words of a partial result, without timings
     * @return whether a wake phrase is in it with another word after it, so it is worth finalizing the result
     */
    boolean followedInPartial(String partialText) {
        String[] words = partialText.strip().split("\\s+");
        for (String[] phrase : phrases) {
            for (int i = 0; i + phrase.length < words.length; i++) {
                boolean match = true;
                for (int k = 0; k < phrase.length && match; k++) {
                    match = words[i + k].equals(phrase[k]);
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param words        decoded words
     * @param isFinal      whether they are a final result
     * @param nowSeconds   how much audio the recognizer has had, in seconds
     * @param afterSeconds only wake words ending after this count (those before were reported already)
     * @return the first wake word that counts, with its end (as offset) and start in milliseconds from the
     *         recognizer's start
     */
    Optional<WakeWordDetection> find(List<Words.Word> words, boolean isFinal, double nowSeconds, double afterSeconds) {
        for (int i = 0; i < words.size(); i++) {
            for (int p = 0; p < phrases.size(); p++) {
                String[] phrase = phrases.get(p);
                if (i + phrase.length > words.size()) {
                    continue;
                }
                double minConfidence = 1.0;
                boolean match = true;
                for (int k = 0; k < phrase.length && match; k++) {
                    Words.Word word = words.get(i + k);
                    match = word.text().equals(phrase[k]);
                    minConfidence = Math.min(minConfidence, word.confidence());
                }
                if (!match) {
                    continue;
                }
                Words.Word last = words.get(i + phrase.length - 1);
                boolean settled = isFinal || i + phrase.length < words.size()
                        || nowSeconds - last.endSeconds() >= SETTLE_SECONDS;
                WakeWord wake = wakeWords.get(p);
                if (settled && last.endSeconds() > afterSeconds && minConfidence >= minimumConfidence(wake.sensitivity())) {
                    return Optional.of(new WakeWordDetection(wake.phrase(), Math.round(last.endSeconds() * 1000),
                            minConfidence, Math.round(words.get(i).startSeconds() * 1000)));
                }
            }
        }
        return Optional.empty();
    }
}
