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
 * vocabulary) the stream keeps the utterance's audio, and when the constrained answer is not a clean phrase — it
 * has unknown words or low confidence — decodes it again, unconstrained. Constrained decoding is what makes
 * commands accurate (open decoding hears "what's the date" as "what made it"); the second pass is what catches
 * free text ("add oat milk to the shopping list"). Commands cost one pass; only free text costs two.
 */
final class VoskStream implements RecognitionStream {

    /** Below this mean word confidence a constrained match is taken as forced, and the open pass decides. */
    static final double CLEAN_MATCH = 0.7;

    /**
     * The most audio kept for a second pass: 20 s at 16 kHz, 16-bit. Commands and dictated slots are a few
     * seconds; the second pass runs on the listening thread, so it must stay short.
     */
    static final int MAX_KEPT_BYTES = 20 * 32_000;

    /** Makes the unconstrained recognizer for a second pass. */
    interface OpenRecognizers {
        Recognizer create() throws java.io.IOException;
    }

    private final Recognizer recognizer;
    private final OpenRecognizers open;
    private final java.io.ByteArrayOutputStream kept;
    private final SharedModel model;
    private final PhraseSnapper snapper;
    private boolean closed;

    /**
     * @param recognizer the recognizer, constrained to a grammar in grammar mode
     * @param open       in grammar mode with free-text slots, makes an unconstrained recognizer for a second
     *                   pass; null otherwise
     * @param model      released when the stream closes
     * @param snapper    in grammar mode, moves a final result that misses a word onto its phrase; null otherwise
     */
    VoskStream(Recognizer recognizer, OpenRecognizers open, SharedModel model, PhraseSnapper snapper) {
        this.recognizer = recognizer;
        this.open = open;
        this.kept = open == null ? null : new java.io.ByteArrayOutputStream();
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
                if (kept.size() + whole <= MAX_KEPT_BYTES) {
                    kept.write(data, 0, whole);
                }
                // A second pass may follow, so the listening loop's end-of-speech decides when to finish.
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
            try (Recognizer second = open.create()) {
                byte[] audio = kept.toByteArray();
                second.acceptWaveForm(audio, audio.length);
                String free = second.getFinalResult();
                return new RecognitionResult(VoskJson.text(free), true, VoskJson.confidence(free));
            }
        } catch (java.io.IOException e) {
            throw new RecognitionException("Vosk cannot start a second pass: " + e.getMessage(), e);
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
            model.release();
        }
    }
}
