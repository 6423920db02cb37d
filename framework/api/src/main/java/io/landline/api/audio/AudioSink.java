package io.landline.api.audio;

/**
 * Where audio goes: a speaker, a file. Registered as a service with the property {@code site} naming the site
 * it plays on.
 */
public interface AudioSink {

    /** @return a stable identifier, for example {@code speaker:default} */
    String id();

    /**
     * Plays a stream to its end and closes it. Blocks until played.
     *
     * @param audio the audio to play, in any PCM format the sink accepts
     * @throws AudioException when the audio cannot be played, with a message naming why
     */
    void play(AudioStream audio) throws AudioException;
}
