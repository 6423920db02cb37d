package io.landline.asr.vosk.internal;

import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import org.vosk.Recognizer;

/** One utterance on its own Vosk recognizer, holding a reference to the model until closed. */
final class VoskStream implements RecognitionStream {

    private final Recognizer recognizer;
    private final SharedModel model;
    private final PhraseSnapper snapper;
    private boolean closed;

    /**
     * @param snapper in grammar mode, moves a final result that misses a word onto its phrase; null otherwise
     */
    VoskStream(Recognizer recognizer, SharedModel model, PhraseSnapper snapper) {
        this.recognizer = recognizer;
        this.model = model;
        this.snapper = snapper;
    }

    private RecognitionResult result(String json) {
        String text = VoskJson.text(json);
        double confidence = VoskJson.confidence(json);
        return snapper == null ? new RecognitionResult(text, true, confidence) : snapper.snap(text, confidence);
    }

    @Override
    public RecognitionResult accept(byte[] pcm, int offset, int length) throws RecognitionException {
        check();
        byte[] data = pcm;
        if (offset != 0) {
            data = new byte[length];
            System.arraycopy(pcm, offset, data, 0, length);
        }
        try {
            if (recognizer.acceptWaveForm(data, length - length % 2)) {
                return result(recognizer.getResult());
            }
            return new RecognitionResult(VoskJson.text(recognizer.getPartialResult()), false, 1.0);
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    @Override
    public RecognitionResult finish() throws RecognitionException {
        check();
        try {
            return result(recognizer.getFinalResult());
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    private void check() throws RecognitionException {
        if (closed) {
            throw new RecognitionException("the recognition stream is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            recognizer.close();
            model.release();
        }
    }
}
