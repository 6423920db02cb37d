package io.landline.runtime.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionOptions;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import io.landline.api.asr.SpeechRecognizer;
import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioStream;
import io.landline.api.dialog.ListeningObserver;
import io.landline.api.event.Topics;
import io.landline.api.intent.Intent;
import io.landline.api.skill.Response;
import io.landline.api.wake.WakeWord;
import io.landline.api.wake.WakeWordDetection;
import io.landline.api.wake.WakeWordSpotter;
import io.landline.api.wake.WakeWordStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to one stream: wake word, then one command on the speech recognizer until end of speech, then the
 * dialog; then the wake word again, or straight to the next command while the dialog expects a reply. The engines
 * and the grammar are read when an utterance starts and kept in locals until it ends, so an utterance in flight
 * finishes on the engine it started with.
 */
final class ListeningLoop {

    /** What the loop needs from the runtime; a seam for unit tests. */
    interface Pipeline {
        /** @return the current settings; read as each wake-word period and each utterance starts */
        Settings settings();

        /** @return the active wake-word engine */
        Optional<WakeWordSpotter> wakeWord();

        /** @return the active speech recognizer with its id */
        Optional<Recognizer> recognizer();

        /** @return the active intent engine's grammar for the current skills */
        PhraseGrammar grammar();

        /**
         * Readies the grammars for the next command off the audio thread, when the skills, the engines or the
         * wake words changed since the last time; called as each wake-word period starts.
         */
        default void prepareGrammars() {
        }

        /**
         * @param text normalised words heard so far
         * @return whether the active intent engine takes them for a command the dialog would act on unasked; asked
         *         on the audio thread when the speaker pauses, so it must be quick
         */
        default boolean understands(String text) {
            return false;
        }

        /** @return whether the site's dialog waits for a reply */
        boolean expectsReply(String site);

        /** Handles a command as the dialog service does, telling {@code onIntent} the intent recognized. */
        Response handle(String site, String text, Consumer<Intent> onIntent);

        /** Posts an event. */
        void post(String topic, Object... keysAndValues);
    }

    /** A speech recognizer and its engine id. */
    record Recognizer(String id, SpeechRecognizer engine) {
    }

    /** The loop's settings. */
    record Settings(List<WakeWord> wakeWords, EndOfSpeech.Timing timing, double vadMarginDb, double vadMinimumDb) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ListeningLoop.class);
    /** Audio is read and fed in blocks of at most 100 ms: less when live audio has not arrived yet. */
    static final int CHUNK_BYTES = 3200;
    private static final int BYTES_PER_MS = 32;
    private static final int RING_BYTES = 20 * 32000;
    /** How much audio before the wake word's start the recognizer gets: the word's first sound starts softly. */
    static final long WAKE_LEAD_IN_MS = 100;

    private final Pipeline pipeline;
    private final PreparedGrammars grammars;
    private Settings settings;
    private final String site;
    private final ListeningObserver observer;
    private final AudioRing ring = new AudioRing(RING_BYTES);
    private final Deque<Chunk> replay = new ArrayDeque<>();
    private Vad vad;
    private long position;
    private boolean warnedNoWake;

    private AudioStream audio;
    private WakeWordStream wake;
    private long wakeOpenedAt;
    private Utterance utterance;

    /** A block of audio and where it starts in the stream. */
    private record Chunk(long start, byte[] data, int length) {
        long end() {
            return start + length;
        }
    }

    /** One command being recognized. */
    private static final class Utterance {
        final Recognizer recognizer;
        final RecognitionStream stream;
        final EndOfSpeech end;
        /** What its audio begins with. */
        final Start start;
        String partial = "";
        /** What the recognizer settled on, a command, when the utterance ends because of it. */
        RecognitionResult settled;
        /** Where the audio fed to the recognizer ends (stream position). */
        long fedUpTo;
        /**
         * Where the silence after a settling that found no command begins, while it is held back from the
         * recognizer (stream position); -1 when nothing is held.
         */
        long heldFrom = -1;

        Utterance(Recognizer recognizer, RecognitionStream stream, EndOfSpeech end, Start start) {
            this.recognizer = recognizer;
            this.stream = stream;
            this.end = end;
            this.start = start;
        }
    }

    /**
     * @param pipeline the runtime
     * @param grammars the grammars' complete commands and follow-up grammars, shared with other loops
     * @param site     where the audio comes from
     * @param observer told each step
     */
    ListeningLoop(Pipeline pipeline, PreparedGrammars grammars, String site, ListeningObserver observer) {
        this.pipeline = pipeline;
        this.grammars = grammars;
        this.settings = pipeline.settings();
        this.site = site;
        this.observer = observer;
        this.vad = new Vad(settings.vadMarginDb(), settings.vadMinimumDb());
    }

    /**
     * Runs until the stream ends or the thread is interrupted; closes the stream. A command that is being spoken
     * when the audio ends is still recognized and answered.
     */
    void run(AudioStream audio) throws AudioException, InterruptedException {
        this.audio = audio;
        try (audio) {
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                Chunk chunk = next(audio);
                if (chunk == null) {
                    break;
                }
                process(chunk);
            }
            if (utterance != null) {
                endUtterance(EndOfSpeech.Reason.END_OF_AUDIO, position, null);
            }
        } catch (IOException e) {
            throw new AudioException("cannot read audio: " + e.getMessage(), e);
        } finally {
            closeWake();
            if (utterance != null) {
                utterance.stream.close();
                utterance = null;
            }
        }
    }

    private Chunk next(AudioStream audio) throws IOException {
        if (!replay.isEmpty()) {
            return replay.poll();
        }
        byte[] data = new byte[CHUNK_BYTES];
        int n = audio.read(data, 0, CHUNK_BYTES);
        if (n < 0) {
            return null;
        }
        // What has arrived, in whole voice-activity frames, up to a chunk: a recording is read a chunk at a time,
        // while live audio is taken as it comes; waiting for a whole chunk would end every command up to 100 ms
        // after its end of speech.
        int wholeFrames = Math.min(CHUNK_BYTES,
                (n + audio.available() + Vad.FRAME_BYTES - 1) / Vad.FRAME_BYTES * Vad.FRAME_BYTES);
        n += audio.readNBytes(data, n, Math.max(0, wholeFrames - n));
        n -= n % 2;
        if (n <= 0) {
            return null;
        }
        Chunk chunk = new Chunk(position, data, n);
        ring.append(data, 0, n);
        position += n;
        return chunk;
    }

    private void process(Chunk chunk) {
        if (utterance == null) {
            if (pipeline.expectsReply(site)) {
                closeWake();
                startUtterance(Start.REPLY);
            } else {
                listenForWake(chunk);
                return;
            }
        }
        if (utterance != null) {
            recognize(chunk);
        }
    }

    private void listenForWake(Chunk chunk) {
        if (wake == null) {
            Optional<WakeWordSpotter> spotter = pipeline.wakeWord();
            if (spotter.isEmpty()) {
                if (!warnedNoWake) {
                    warnedNoWake = true;
                    observer.error("no wake-word engine is active; nothing is heard until one is installed");
                    LOG.info("site {}: no wake-word engine is active", site);
                }
                return;
            }
            refreshSettings();
            try {
                wake = spotter.get().open(settings.wakeWords(), site);
                wakeOpenedAt = chunk.start();
                warnedNoWake = false;
            } catch (RuntimeException e) {
                fail("the wake-word engine failed to start: " + e.getMessage());
                return;
            }
            pipeline.prepareGrammars();
        }
        // The voice detector learns the room's noise floor while nobody talks to the assistant.
        for (int at = 0; at + Vad.FRAME_BYTES <= chunk.length(); at += Vad.FRAME_BYTES) {
            vad.isSpeech(chunk.data(), at, Vad.FRAME_BYTES);
        }
        Optional<WakeWordDetection> detection;
        try {
            detection = wake.accept(chunk.data(), 0, chunk.length());
        } catch (RuntimeException e) {
            fail("the wake-word engine failed: " + e.getMessage());
            closeWake();
            return;
        }
        if (detection.isEmpty()) {
            return;
        }
        long endOfWord = inWakeStream(detection.get().offsetMs(), chunk);
        boolean withWakeWord = detection.get().hasStart();
        // The recognizer hears the wake word too when its engine can say where it began: a recognizer that starts
        // in the middle of speech, right after "computer", hears the first words of the command worse ("set a" and
        // "please" were lost; docs/benchmarks.md). It decodes with the grammar that has every phrase after a wake
        // word, and the wake word its words begin with is dropped.
        long startOfWord = withWakeWord ? inWakeStream(detection.get().startMs(), chunk) : endOfWord;
        long commandFrom = withWakeWord
                ? ring.clamp(Math.max(wakeOpenedAt, startOfWord - WAKE_LEAD_IN_MS * BYTES_PER_MS)) : endOfWord;
        WakeWordDetection heard = new WakeWordDetection(detection.get().word(), endOfWord / BYTES_PER_MS,
                detection.get().score(), withWakeWord ? startOfWord / BYTES_PER_MS : WakeWordDetection.UNKNOWN);
        // The speech benchmark reads this line: its bare-Vosk baseline decodes for the wake word as far as
        // "detected", and the command from "decoded from".
        LOG.debug("site {}: wake word '{}' ended at {} ms, detected at {} ms; the command is decoded from {} ms", site,
                heard.word(), heard.offsetMs(), chunk.end() / BYTES_PER_MS, commandFrom / BYTES_PER_MS);
        closeWake();
        observer.wake(heard);
        pipeline.post(Topics.WAKE_DETECTED, Topics.SITE, site, Topics.WORD, heard.word(), Topics.OFFSET_MS,
                heard.offsetMs());
        startUtterance(withWakeWord ? Start.WAKE_WORD : Start.COMMAND);
        if (utterance != null) {
            // Hand the recognizer the audio since the command's start again.
            replayFrom(commandFrom, chunk.end());
        }
    }

    /** @return the absolute byte position of a time in the current wake-word stream, within what was read */
    private long inWakeStream(long ms, Chunk chunk) {
        long at = Math.max(wakeOpenedAt, Math.min(chunk.end(), wakeOpenedAt + ms * BYTES_PER_MS));
        return at - at % 2;
    }

    private void replayFrom(long from, long to) {
        byte[] audio = ring.copy(from, to);
        long start = to - audio.length;
        Deque<Chunk> chunks = new ArrayDeque<>();
        for (int at = 0; at < audio.length; at += CHUNK_BYTES) {
            int n = Math.min(CHUNK_BYTES, audio.length - at);
            byte[] data = new byte[n];
            System.arraycopy(audio, at, data, 0, n);
            chunks.add(new Chunk(start + at, data, n));
        }
        while (!chunks.isEmpty()) {
            replay.addFirst(chunks.pollLast());
        }
    }

    /** What an utterance's audio begins with. */
    private enum Start {
        /** The command, right after the wake word. */
        COMMAND,
        /** The wake word, then the command. */
        WAKE_WORD,
        /** A reply the dialog waits for, which people may begin with a wake word out of habit. */
        REPLY
    }

    private void startUtterance(Start start) {
        refreshSettings();
        Optional<Recognizer> recognizer = pipeline.recognizer();
        if (recognizer.isEmpty()) {
            fail("no speech recognizer is active; the command was not heard");
            return;
        }
        PhraseGrammar grammar;
        try {
            grammar = pipeline.grammar();
        } catch (RuntimeException e) {
            LOG.warn("intent engine grammar failed: {}", e.toString());
            grammar = PhraseGrammar.OPEN;
        }
        try {
            PreparedGrammars.Prepared prepared = grammars.of(grammar, settings.wakeWords());
            RecognitionStream stream = recognizer.get().engine().open(new RecognitionOptions(site,
                    switch (start) {
                        case COMMAND -> grammar;
                        case WAKE_WORD -> prepared.wakeLed();
                        case REPLY -> prepared.followUp();
                    }));
            EndOfSpeech end = new EndOfSpeech(settings.timing(), prepared.commands(), pipeline::understands,
                    this::settlesOnACommand);
            utterance = new Utterance(recognizer.get(), stream, end, start);
        } catch (RecognitionException e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail("speech recognizer " + recognizer.get().id() + " failed to start: " + e);
        }
    }

    /** @return the words without a wake word they start with, when the utterance may start with one */
    private String withoutWakeWord(Utterance utterance, String words) {
        if (utterance.start == Start.COMMAND) {
            return words;
        }
        String normalized = Normalizer.normalize(words);
        for (WakeWord wakeWord : settings.wakeWords()) {
            if (normalized.equals(wakeWord.phrase())) {
                return "";
            }
            if (normalized.startsWith(wakeWord.phrase() + " ")) {
                return normalized.substring(wakeWord.phrase().length() + 1);
            }
        }
        return words;
    }

    private void recognize(Chunk chunk) {
        Utterance current = utterance;
        boolean[] speech = new boolean[chunk.length() / Vad.FRAME_BYTES];
        boolean anySpeech = false;
        for (int frame = 0; frame < speech.length; frame++) {
            speech[frame] = vad.isSpeech(chunk.data(), frame * Vad.FRAME_BYTES, Vad.FRAME_BYTES);
            anySpeech |= speech[frame];
        }
        RecognitionResult result = null;
        // After settling, a recognizer that is fed more audio hears the whole utterance again to go on from it.
        // Silence changes nothing, so it waits until the speaker goes on; when the command ends first, the
        // recognizer's result is what it settled on.
        if (current.heldFrom < 0 || anySpeech) {
            try {
                if (current.heldFrom >= 0) {
                    byte[] held = ring.copy(current.heldFrom, chunk.start());
                    current.stream.accept(held, 0, held.length);
                    current.heldFrom = -1;
                }
                result = current.stream.accept(chunk.data(), 0, chunk.length());
                current.fedUpTo = chunk.end();
            } catch (RecognitionException | RuntimeException e) {
                fail("speech recognizer " + current.recognizer.id() + " failed: " + e.getMessage());
                current.stream.close();
                utterance = null;
                return;
            }
            heard(current, result, chunk);
        }
        EndOfSpeech.Reason reason = null;
        long endAt = chunk.end();
        for (int frame = 0; frame < speech.length && reason == null; frame++) {
            reason = current.end.frame(20, speech[frame]);
            endAt = chunk.start() + (frame + 1L) * Vad.FRAME_BYTES;
        }
        if (result != null && result.isFinal()) {
            endUtterance(reason == null ? EndOfSpeech.Reason.SILENCE : reason, chunk.end(), result);
        } else if (reason != null) {
            endUtterance(reason, endAt, null);
            if (endAt < chunk.end()) {
                replayFrom(endAt, chunk.end());
            }
        }
    }

    /** Tells the end of speech and the observers the recognizer's running words, when they changed. */
    private void heard(Utterance current, RecognitionResult result, Chunk chunk) {
        String words = withoutWakeWord(current, result.text());
        if (!result.isFinal() && !words.equals(current.partial)) {
            current.partial = words;
            current.end.words(words);
            LOG.trace("site {}: partial at {} ms: '{}'", site, chunk.end() / BYTES_PER_MS, words);
            observer.transcript(words, false, chunk.end() / BYTES_PER_MS);
            pipeline.post(Topics.TRANSCRIPT_PARTIAL, Topics.SITE, site, Topics.TEXT, words);
        }
    }

    /**
     * For the end of speech: asks the recognizer what it would settle on now, and keeps it when the intent engine
     * would act on it.
     *
     * @return whether the current utterance's words, settled, are such a command
     */
    private boolean settlesOnACommand() {
        Utterance current = utterance;
        try {
            Optional<RecognitionResult> settled = current.stream.settle();
            if (settled.isPresent() && pipeline.understands(withoutWakeWord(current, settled.get().text()).strip())) {
                current.settled = settled.get();
                return true;
            }
            current.heldFrom = current.fedUpTo;
        } catch (RecognitionException | RuntimeException e) {
            // Nothing is lost: the utterance goes on and ends as it would have.
            LOG.debug("site {}: speech recognizer {} could not settle: {}", site, current.recognizer.id(),
                    e.getMessage());
        }
        return false;
    }

    private void endUtterance(EndOfSpeech.Reason reason, long at, RecognitionResult engineFinal) {
        Utterance current = utterance;
        utterance = null;
        RecognitionResult result = engineFinal != null ? engineFinal
                : reason == EndOfSpeech.Reason.SETTLED ? current.settled : null;
        try {
            if (result == null) {
                result = current.stream.finish();
            }
        } catch (RecognitionException | RuntimeException e) {
            fail("speech recognizer " + current.recognizer.id() + " failed: " + e.getMessage());
            return;
        } finally {
            current.stream.close();
        }
        String text = withoutWakeWord(current, result.text()).strip();
        LOG.debug("site {}: utterance ended ({}) at {} ms: '{}' (last partial '{}')", site, reason, at / BYTES_PER_MS,
                text, current.partial);
        observer.transcript(text, true, at / BYTES_PER_MS);
        pipeline.post(Topics.TRANSCRIPT_FINAL, Topics.SITE, site, Topics.TEXT, text, Topics.ENGINE,
                current.recognizer.id());
        if (text.isEmpty() && reason == EndOfSpeech.Reason.NOTHING) {
            return;
        }
        // Speech whose words were lost (heard as the wake word alone, or as nothing the recognizer knows) is still
        // answered, so the speaker knows it was not understood rather than meeting silence.
        try {
            Response response = pipeline.handle(site, text, observer::intent);
            observer.response(response);
        } catch (RuntimeException e) {
            fail("handling '" + text + "' failed: " + e);
        }
        // A microphone went on capturing while the skill ran and the answer was spoken: the answer itself
        // would otherwise be heard as the next command, or as the reply to a question.
        audio.discardBuffered();
    }

    /** Takes up changed settings (etc/io.landline.listen.cfg) without restarting the loop. */
    private void refreshSettings() {
        Settings latest = pipeline.settings();
        if (latest.vadMarginDb() != settings.vadMarginDb() || latest.vadMinimumDb() != settings.vadMinimumDb()) {
            vad = new Vad(latest.vadMarginDb(), latest.vadMinimumDb());
        }
        settings = latest;
    }

    private void fail(String message) {
        LOG.info("site {}: {}", site, message);
        observer.error(message);
    }

    private void closeWake() {
        if (wake != null) {
            try {
                wake.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the wake-word stream failed", e);
            }
            wake = null;
        }
    }
}
