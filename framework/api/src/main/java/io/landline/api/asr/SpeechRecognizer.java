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

    /**
     * Readies the engine for streams with this grammar, for example by converting it to the engine's own form, so
     * that the first stream after the skills change opens without that work. The pipeline calls this off the audio
     * thread whenever the grammar changes; an engine with nothing to prepare keeps the default, which does nothing.
     *
     * @param grammar the grammar streams will be opened with
     */
    default void prepare(PhraseGrammar grammar) {
    }
}
