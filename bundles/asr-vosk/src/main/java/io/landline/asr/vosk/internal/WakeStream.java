package io.landline.asr.vosk.internal;

import io.landline.api.wake.WakeWordDetection;
import io.landline.api.wake.WakeWordStream;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Recognizer;

/** Watches one stream: a recognizer on the {@link WakeGrammar} whose partial and final words go through a matcher. */
final class WakeStream implements WakeWordStream {

    private static final Logger LOG = LoggerFactory.getLogger(WakeStream.class);
    /** Partial results are read every this many bytes (100 ms), not every call, to keep the cost down. */
    private static final int PARTIAL_EVERY = 3200;

    private final SharedModel model;
    private final WakeMatcher matcher;
    /** One recognizer for the stream's life: Vosk times its words from the stream's first sample. */
    private final Recognizer recognizer;
    /** Bytes fed to the stream. */
    private long streamBytes;
    private long sincePartial;
    /** Wake words ending before this (seconds into the stream) were reported already. */
    private double reportedUntil = -1;
    private boolean closed;

    WakeStream(SharedModel model, WakeMatcher matcher, String grammar) throws IOException {
        this.model = model;
        this.matcher = matcher;
        this.recognizer = new Recognizer(model.model(), VoskEngine.RATE, grammar);
        recognizer.setWords(true);
    }

    @Override
    public Optional<WakeWordDetection> accept(byte[] pcm, int offset, int length) {
        if (closed) {
            return Optional.empty();
        }
        byte[] data = pcm;
        if (offset != 0) {
            data = new byte[length];
            System.arraycopy(pcm, offset, data, 0, length);
        }
        int even = length - length % 2;
        boolean endpoint = recognizer.acceptWaveForm(data, even);
        streamBytes += even;
        sincePartial += even;
        double now = streamBytes / 32000.0;
        Optional<WakeWordDetection> found = Optional.empty();
        if (endpoint) {
            found = matcher.find(Words.parse(recognizer.getResult()), true, now, reportedUntil);
        } else if (sincePartial >= PARTIAL_EVERY) {
            sincePartial = 0;
            // Partial results come without timings (asking Vosk for partial word timings delays partial results
            // by about a second). Once a wake word is followed by another word, finalize to get its timing and
            // confirm it: the final result may still revise a hasty partial.
            if (matcher.followedInPartial(Words.partialText(recognizer.getPartialResult()))) {
                // The speech benchmark reads this line: its bare-Vosk baseline finalizes where the stream did.
                LOG.debug("finalizing to confirm a wake word after {} ms of the stream", streamBytes / 32);
                found = matcher.find(Words.parse(recognizer.getFinalResult()), true, now, reportedUntil);
            }
        }
        return found.map(d -> {
            // Later partials may move the same word's end a little: ignore it for a while.
            reportedUntil = d.offsetMs() / 1000.0 + 0.5;
            LOG.debug("wake word {} (confidence {})", d.word(), d.score());
            return d;
        });
    }

    @Override
    public void reset() {
        if (closed) {
            return;
        }
        // A final result ends the recognizer's utterance: the next audio starts a new one with a new feature
        // pipeline and decoder, as a new recognizer would, without building the grammar's graph again.
        recognizer.getFinalResult();
        reportedUntil = -1;
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
