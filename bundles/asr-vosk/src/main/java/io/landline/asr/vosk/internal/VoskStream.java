package io.landline.asr.vosk.internal;

import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import org.vosk.Recognizer;

/**
 * One utterance on its own Vosk recognizer, holding a reference to the model until closed.
 *
 * <p>With an open-vocabulary grammar (some skill has a free-text slot) the stream decodes twice: once
 * constrained to the known phrases plus {@code [unk]}, once unconstrained. Constrained decoding is what makes
 * commands accurate (open decoding hears "what's the date" as "what made it"), while the open pass is what
 * catches free text ("add oat milk to the shopping list"). The constrained answer wins when it is a clean
 * phrase: no unknown words and confident enough; otherwise the open answer is used.
 */
final class VoskStream implements RecognitionStream {

    /** Below this mean word confidence a constrained match is taken as forced, and the open pass decides. */
    static final double CLEAN_MATCH = 0.7;

    private final Recognizer constrained;
    private final Recognizer open;
    private final SharedModel model;
    private boolean closed;

    /**
     * @param constrained a recognizer with a grammar, or the only recognizer
     * @param open        an unconstrained recognizer for free text, or null to decode once
     * @param model       released when the stream closes
     */
    VoskStream(Recognizer constrained, Recognizer open, SharedModel model) {
        this.constrained = constrained;
        this.open = open;
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
        int whole = length - length % 2;
        try {
            boolean endpoint = constrained.acceptWaveForm(data, whole);
            if (open != null) {
                open.acceptWaveForm(data, whole);
                // With two passes the listening loop's end-of-speech decides when to finish.
                return new RecognitionResult(VoskJson.text(constrained.getPartialResult()), false, 1.0);
            }
            if (endpoint) {
                String json = constrained.getResult();
                return new RecognitionResult(VoskJson.text(json), true, VoskJson.confidence(json));
            }
            return new RecognitionResult(VoskJson.text(constrained.getPartialResult()), false, 1.0);
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    @Override
    public RecognitionResult finish() throws RecognitionException {
        check();
        try {
            String json = constrained.getFinalResult();
            RecognitionResult result = new RecognitionResult(VoskJson.text(json), true, VoskJson.confidence(json));
            if (open == null || isCleanMatch(json, result)) {
                return result;
            }
            String free = open.getFinalResult();
            return new RecognitionResult(VoskJson.text(free), true, VoskJson.confidence(free));
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    private static boolean isCleanMatch(String json, RecognitionResult result) {
        return !result.isEmpty() && !VoskJson.hasUnknown(json) && result.confidence() >= CLEAN_MATCH;
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
            constrained.close();
            if (open != null) {
                open.close();
            }
            model.release();
        }
    }
}
