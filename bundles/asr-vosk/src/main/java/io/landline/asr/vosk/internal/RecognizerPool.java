package io.landline.asr.vosk.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.vosk.Recognizer;

/**
 * Recognizers kept between utterances, for the grammars used last. Building a Vosk recognizer on a grammar
 * estimates a word-pair model from every phrase and composes it with the model's graph: about 85 ms of CPU time
 * with 30,000 phrases, after every wake word, and the composed graph is expanded lazily, so a new recognizer also
 * decodes its first utterance more slowly. A recognizer whose last utterance ended with its final result begins
 * the next one with a new feature pipeline and decoder (Vosk rebuilds both then), so it hears that utterance as a
 * new recognizer would: the words are the same and speaker adaptation starts afresh, as before.
 *
 * <p>Grammars and models are matched by identity: the engine hands out the same grammar text until the skills
 * change, and comparing would read tens of thousands of phrases.
 */
final class RecognizerPool {

    /** A recognizer with its grammar and model, and what audio it has heard. */
    static final class Lease implements AutoCloseable {

        private final Recognizer recognizer;
        private final SharedModel model;
        private final String grammar;
        private long samples;
        private long roundStart;
        private boolean ended = true;

        /**
         * @param recognizer a recognizer that has heard nothing yet
         * @param model      its model
         * @param grammar    its grammar; null for an unconstrained one
         */
        Lease(Recognizer recognizer, SharedModel model, String grammar) {
            this.recognizer = recognizer;
            this.model = model;
            this.grammar = grammar;
        }

        Recognizer recognizer() {
            return recognizer;
        }

        /**
         * Feeds audio; after a final result it begins a new round.
         *
         * @return whether Vosk found an endpoint
         */
        boolean accept(byte[] pcm, int length) {
            if (ended) {
                roundStart = samples;
                ended = false;
            }
            samples += length / 2;
            return recognizer.acceptWaveForm(pcm, length);
        }

        /** @return the final result of the round; the next audio begins a new one */
        String finalResult() {
            ended = true;
            return recognizer.getFinalResult();
        }

        /**
         * @return where the current round began, in seconds of all the audio the recognizer has heard: Vosk times
         *         words from its first sample, over every utterance it has decoded
         */
        double roundStartSeconds() {
            return roundStart / (double) VoskEngine.RATE;
        }

        /** @return whether the last round ended with its final result, so the next utterance starts afresh */
        boolean ended() {
            return ended;
        }

        @Override
        public void close() {
            recognizer.close();
        }
    }

    private final int capacity;
    /** Most recently given back first. */
    private final ArrayDeque<Lease> idle = new ArrayDeque<>();
    private boolean closed;

    /** @param capacity how many idle recognizers to keep: each holds its decoding graph in memory */
    RecognizerPool(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @return an idle recognizer on this model and grammar, taken out of the pool; null when there is none. Idle
     *         ones on another model are closed: the engine has moved on (a stream still open when the model
     *         changed gave them back), and each holds that model in memory.
     */
    Lease take(SharedModel model, String grammar) {
        Lease found = null;
        List<Lease> stale = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Lease> it = idle.iterator(); it.hasNext(); ) {
                Lease lease = it.next();
                if (lease.model != model) {
                    stale.add(lease);
                    it.remove();
                } else if (found == null && lease.grammar == grammar) {
                    found = lease;
                    it.remove();
                }
            }
        }
        stale.forEach(Lease::close);
        return found;
    }

    /**
     * Keeps a recognizer for the next utterance on its grammar, or closes it when its utterance did not end with a
     * final result (its feature pipeline would carry over) or the pool is closed. The least recently used one
     * beyond the capacity is closed.
     */
    void giveBack(Lease lease) {
        List<Lease> surplus = new ArrayList<>();
        synchronized (this) {
            if (closed || !lease.ended()) {
                surplus.add(lease);
            } else {
                idle.addFirst(lease);
                while (idle.size() > capacity) {
                    surplus.add(idle.removeLast());
                }
            }
        }
        surplus.forEach(Lease::close);
    }

    /** Closes every idle recognizer: the model or the configuration changed. */
    void clear() {
        List<Lease> all;
        synchronized (this) {
            all = new ArrayList<>(idle);
            idle.clear();
        }
        all.forEach(Lease::close);
    }

    /** Closes every idle recognizer, and from now on every one given back: the engine stops. */
    void close() {
        synchronized (this) {
            closed = true;
        }
        clear();
    }
}
