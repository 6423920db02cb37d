package io.landline.asr.vosk.internal;

import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import org.vosk.Recognizer;

/** One utterance on its own Vosk recognizer, holding a reference to the model until closed. */
final class VoskStream implements RecognitionStream {

    private final Recognizer recognizer;
    private final SharedModel model;
    private boolean closed;

    VoskStream(Recognizer recognizer, SharedModel model) {
        this.recognizer = recognizer;
        this.model = model;
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
                String json = recognizer.getResult();
                return new RecognitionResult(VoskJson.text(json), true, VoskJson.confidence(json));
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
            String json = recognizer.getFinalResult();
            return new RecognitionResult(VoskJson.text(json), true, VoskJson.confidence(json));
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
