package io.landline.api.wake;

/**
 * A wake word was heard.
 *
 * @param word     the wake word's phrase
 * @param offsetMs where in the stream the wake word ended, in milliseconds from the stream's start
 * @param score    the detector's confidence, 0..1
 */
public record WakeWordDetection(String word, long offsetMs, double score) {
}
