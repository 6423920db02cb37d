package io.landline.asr.vosk.internal;

import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import org.vosk.Recognizer;

/**
 * One utterance on its own Vosk recognizer, holding a reference to the model until closed.
 *
 * <p>In grammar mode decoding is constrained to the known phrases plus {@code [unk]}, and a final result that
 * misses a word is snapped onto its phrase. When some skill also has a free-text slot (the grammar is open
 * vocabulary) the stream decodes a second time, unconstrained: constrained decoding is what makes commands
 * accurate (open decoding hears "what's the date" as "what made it"), the open pass is what catches free text
 * ("add oat milk to the shopping list"). The constrained answer wins when it is a clean phrase — no unknown
 * words, confident enough — and the open answer is used otherwise.
 */
final class VoskStream implements RecognitionStream {

    /** Below this mean word confidence a constrained match is taken as forced, and the open pass decides. */
    static final double CLEAN_MATCH = 0.7;

    private final Recognizer recognizer;
    private final Recognizer open;
    private final SharedModel model;
    private final PhraseSnapper snapper;
    private boolean closed;

    /**
     * @param recognizer the recognizer, constrained to a grammar in grammar mode
     * @param open       in grammar mode with free-text slots, an unconstrained second recognizer; null otherwise
     * @param model      released when the stream closes
     * @param snapper    in grammar mode, moves a final result that misses a word onto its phrase; null otherwise
     */
    VoskStream(Recognizer recognizer, Recognizer open, SharedModel model, PhraseSnapper snapper) {
        this.recognizer = recognizer;
        this.open = open;
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
        int whole = length - length % 2;
        try {
            boolean endpoint = recognizer.acceptWaveForm(data, whole);
            if (open != null) {
                open.acceptWaveForm(data, whole);
                // With two passes the listening loop's end-of-speech decides when to finish.
                return new RecognitionResult(VoskJson.text(recognizer.getPartialResult()), false, 1.0);
            }
            if (endpoint) {
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
            String json = recognizer.getFinalResult();
            if (open == null || isCleanMatch(json)) {
                return result(json);
            }
            String free = open.getFinalResult();
            return new RecognitionResult(VoskJson.text(free), true, VoskJson.confidence(free));
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    private static boolean isCleanMatch(String json) {
        return !VoskJson.text(json).isEmpty() && !VoskJson.hasUnknown(json)
                && VoskJson.confidence(json) >= CLEAN_MATCH;
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
            if (open != null) {
                open.close();
            }
            model.release();
        }
    }
}
