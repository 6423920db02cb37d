package io.landline.api.audio;

/**
 * Where audio comes from: a microphone, a file, standard input. Registered as a service with the property
 * {@code site} naming the site (room or device) it listens for.
 */
public interface AudioSource {

    /** @return a stable identifier, for example {@code mic:default} */
    String id();

    /**
     * Opens a stream. Implementations convert to {@link AudioFormat#PCM_16K_MONO}.
     *
     * @return a stream of 16 kHz mono 16-bit audio
     * @throws AudioException when the source cannot be opened, with a message naming why
     */
    AudioStream open() throws AudioException;
}
