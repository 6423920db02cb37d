package io.landline.api.wake;

import java.util.List;

/**
 * A wake-word engine. Registered with the service properties {@code engine.id} and {@code service.ranking}; the
 * pipeline uses the highest-ranked one unless configuration pins another.
 */
public interface WakeWordSpotter {

    /**
     * Opens a stream that watches audio for any of the given wake words.
     *
     * @param words the wake words, each with its own sensitivity
     * @param site  the site the audio comes from
     * @return a new stream; close it when done
     */
    WakeWordStream open(List<WakeWord> words, String site);
}
