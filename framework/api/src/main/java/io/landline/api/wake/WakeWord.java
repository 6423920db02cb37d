package io.landline.api.wake;

/**
 * A wake word and how readily it fires.
 *
 * @param phrase      the word or phrase, lower case, for example {@code computer}
 * @param sensitivity from 0 (hardly ever fires) to 1 (fires readily)
 */
public record WakeWord(String phrase, double sensitivity) {

    /** @throws IllegalArgumentException on a blank phrase or a sensitivity outside 0..1 */
    public WakeWord {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("a wake word needs a phrase");
        }
        if (sensitivity < 0 || sensitivity > 1) {
            throw new IllegalArgumentException("sensitivity must be between 0 and 1: " + sensitivity);
        }
    }
}
