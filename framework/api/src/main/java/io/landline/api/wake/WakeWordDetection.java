package io.landline.api.wake;

/**
 * A wake word was heard.
 *
 * @param word     the wake word's phrase
 * @param offsetMs where in the stream the wake word ended, in milliseconds from the stream's start
 * @param score    the detector's confidence, 0..1
 * @param startMs  where in the stream the wake word began, in milliseconds from the stream's start, or
 *                 {@link #UNKNOWN} when the engine cannot tell. With a start, the listening loop hands the
 *                 recognizer the wake word too: a recognizer that starts in the middle of speech, right after the
 *                 wake word, hears the command's first words worse
 * @since 1.1
 */
public record WakeWordDetection(String word, long offsetMs, double score, long startMs) {

    /** As {@link #startMs()}: the engine cannot tell where the wake word began. */
    public static final long UNKNOWN = -1;

    /** A detection whose start is {@link #UNKNOWN}. */
    public WakeWordDetection(String word, long offsetMs, double score) {
        this(word, offsetMs, score, UNKNOWN);
    }

    /** @return whether the engine said where the wake word began */
    public boolean hasStart() {
        return startMs >= 0 && startMs <= offsetMs;
    }
}
