package io.landline.api.asr;

/**
 * What a recognizer heard so far ({@code isFinal == false}) or in the end.
 *
 * @param text       the words, lower case; empty when nothing was recognized
 * @param isFinal    whether this is the final result of the utterance
 * @param confidence 0..1, or 1 when the engine gives no confidence
 */
public record RecognitionResult(String text, boolean isFinal, double confidence) {

    /** @return whether no words were recognized */
    public boolean isEmpty() {
        return text.isBlank();
    }
}
