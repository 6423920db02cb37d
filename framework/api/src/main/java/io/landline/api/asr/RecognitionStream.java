package io.landline.api.asr;

import java.util.Optional;

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

    /**
     * The words so far as the final result would give them, without ending the utterance: partial results are the
     * engine's running guess and lag behind the speech, so a command that is said may not read as one yet. The
     * stream goes on as before; a speaker who has not finished is heard to the end.
     *
     * @return what {@link #finish} would return now, when the engine can tell without ending the utterance and
     *         cheaply (no second pass for free text); empty otherwise, and by default
     * @throws RecognitionException when decoding fails
     */
    default Optional<RecognitionResult> settle() throws RecognitionException {
        return Optional.empty();
    }

    /** Releases the stream's resources. */
    @Override
    void close();
}
