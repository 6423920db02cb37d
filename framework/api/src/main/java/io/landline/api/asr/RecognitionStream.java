package io.landline.api.asr;

/** One utterance being recognized. Not thread-safe; one thread feeds it. */
public interface RecognitionStream extends AutoCloseable {

    /**
     * Feeds audio in {@link io.landline.api.audio.AudioFormat#PCM_16K_MONO}.
     *
     * @param pcm    sample bytes
     * @param offset first byte
     * @param length number of bytes, a whole number of samples
     * @return the partial result so far, or a final one when the engine decided the utterance ended
     * @throws RecognitionException when decoding fails
     */
    RecognitionResult accept(byte[] pcm, int offset, int length) throws RecognitionException;

    /**
     * Ends the utterance.
     *
     * @return the final result
     * @throws RecognitionException when decoding fails
     */
    RecognitionResult finish() throws RecognitionException;

    /** Releases the stream's resources. */
    @Override
    void close();
}
