package io.landline.api.wake;

import java.util.Optional;

/** One stream of audio being watched for wake words. Not thread-safe; one thread feeds it. */
public interface WakeWordStream extends AutoCloseable {

    /**
     * Feeds audio in {@link io.landline.api.audio.AudioFormat#PCM_16K_MONO}.
     *
     * @param pcm    sample bytes
     * @param offset first byte
     * @param length number of bytes, a whole number of samples
     * @return a detection if a wake word ended in this audio
     */
    Optional<WakeWordDetection> accept(byte[] pcm, int offset, int length);

    /** Forgets what was heard so far, for example after the command that followed a wake word. */
    void reset();

    /** Releases the stream's resources. */
    @Override
    void close();
}
