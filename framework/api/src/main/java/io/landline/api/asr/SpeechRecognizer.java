package io.landline.api.asr;

/**
 * A speech-to-text engine. Registered with the service properties {@code engine.id} and {@code service.ranking};
 * the pipeline uses the highest-ranked one unless configuration pins another. A stream opened before the engine
 * is swapped out finishes on this engine: implementations keep shared resources alive until their last stream
 * closes.
 */
public interface SpeechRecognizer {

    /**
     * Opens a stream for one utterance.
     *
     * @param options the site and the grammar to expect
     * @return a new stream; close it when done
     * @throws RecognitionException when the engine cannot start, with a message for users
     */
    RecognitionStream open(RecognitionOptions options) throws RecognitionException;
}
