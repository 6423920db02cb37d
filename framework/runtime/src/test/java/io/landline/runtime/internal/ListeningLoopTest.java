package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.asr.RecognitionOptions;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import io.landline.api.asr.SpeechRecognizer;
import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioStream;
import io.landline.api.dialog.ListeningObserver;
import io.landline.api.intent.Intent;
import io.landline.api.skill.Response;
import io.landline.api.wake.WakeWord;
import io.landline.api.wake.WakeWordDetection;
import io.landline.api.wake.WakeWordSpotter;
import io.landline.api.wake.WakeWordStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The loop with hand-written engines: what reaches which engine, and when. */
class ListeningLoopTest {

    private static final int BPS = 32000;

    /** Builds 16 kHz audio: quiet noise for silence, a loud tone for speech. */
    private static final class Audio {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Random random = new Random(7);

        Audio silence(double seconds) {
            return add(seconds, 0);
        }

        Audio speech(double seconds) {
            return add(seconds, 0.3);
        }

        private Audio add(double seconds, double amplitude) {
            int n = (int) Math.round(seconds * 16000);
            for (int i = 0; i < n; i++) {
                double v = amplitude * Math.sin(i * 0.1) + 0.0005 * random.nextGaussian();
                int s = (int) (v * 32767);
                bytes.write(s);
                bytes.write(s >> 8);
            }
            return this;
        }

        byte[] pcm() {
            return bytes.toByteArray();
        }
    }

    /**
     * Audio from memory: at most {@code perRead} bytes a read, as a pipe or a microphone gives it, and telling what
     * is ready without waiting or not; counts the bytes read.
     */
    private static class TestAudio extends AudioStream {
        private final ByteArrayInputStream in;
        private final int perRead;
        private final boolean tellsReady;
        long read;

        TestAudio(byte[] pcm, int perRead, boolean tellsReady) {
            this.in = new ByteArrayInputStream(pcm);
            this.perRead = perRead;
            this.tellsReady = tellsReady;
        }

        @Override
        public AudioFormat format() {
            return AudioFormat.PCM_16K_MONO;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, Math.min(len, perRead));
            read += Math.max(0, n);
            return n;
        }

        @Override
        public int available() {
            return tellsReady ? in.available() : 0;
        }
    }

    private static AudioStream stream(byte[] pcm) {
        return new TestAudio(pcm, Integer.MAX_VALUE, false);
    }

    /**
     * Fires once per stream after {@code fireAfterBytes}, saying the word ended at {@code endMs} and began at
     * {@code startMs} (unknown unless given).
     */
    private static final class FakeWake implements WakeWordSpotter {
        final long fireAfterBytes;
        final long endMs;
        final long startMs;
        int opened;

        FakeWake(long fireAfterBytes, long endMs) {
            this(fireAfterBytes, endMs, WakeWordDetection.UNKNOWN);
        }

        FakeWake(long fireAfterBytes, long endMs, long startMs) {
            this.fireAfterBytes = fireAfterBytes;
            this.endMs = endMs;
            this.startMs = startMs;
        }

        @Override
        public WakeWordStream open(List<WakeWord> words, String site) {
            opened++;
            return new WakeWordStream() {
                long fed;
                boolean fired;

                @Override
                public Optional<WakeWordDetection> accept(byte[] pcm, int offset, int length) {
                    fed += length;
                    if (!fired && fed >= fireAfterBytes) {
                        fired = true;
                        return Optional.of(new WakeWordDetection(words.get(0).phrase(), endMs, 1, startMs));
                    }
                    return Optional.empty();
                }

                @Override
                public void reset() {
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** Records the audio of each stream and answers with its name. */
    private static final class FakeRecognizer implements SpeechRecognizer {
        final String text;
        final List<ByteArrayOutputStream> streams = new ArrayList<>();
        final List<PhraseGrammar> grammars = new ArrayList<>();
        Runnable onAccept = () -> { };
        Runnable onFinish = () -> { };
        /** The running words while audio comes in. */
        String partial = "";
        /** What {@code settle} gives; empty by default, as for engines that cannot tell before the end. */
        Optional<RecognitionResult> settled = Optional.empty();

        FakeRecognizer(String text) {
            this.text = text;
        }

        @Override
        public RecognitionStream open(RecognitionOptions options) {
            ByteArrayOutputStream heard = new ByteArrayOutputStream();
            streams.add(heard);
            grammars.add(options.grammar());
            return new RecognitionStream() {
                @Override
                public RecognitionResult accept(byte[] pcm, int offset, int length) {
                    heard.write(pcm, offset, length);
                    onAccept.run();
                    return new RecognitionResult(partial, false, 1);
                }

                @Override
                public Optional<RecognitionResult> settle() {
                    return settled;
                }

                @Override
                public RecognitionResult finish() {
                    onFinish.run();
                    return new RecognitionResult(text, true, 0.9);
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static final class FakePipeline implements ListeningLoop.Pipeline {
        ListeningLoop.Settings settings = SETTINGS;
        /** Settings that take effect once a command has been handled, as if the configuration changed then. */
        ListeningLoop.Settings changedAfterHandling;
        WakeWordSpotter wake;
        SpeechRecognizer recognizer;
        final List<String> handled = new ArrayList<>();
        final Set<String> understood = new java.util.HashSet<>();
        int repliesExpected;

        @Override
        public boolean understands(String text) {
            return understood.contains(text);
        }

        @Override
        public ListeningLoop.Settings settings() {
            return settings;
        }

        @Override
        public Optional<WakeWordSpotter> wakeWord() {
            return Optional.ofNullable(wake);
        }

        @Override
        public Optional<ListeningLoop.Recognizer> recognizer() {
            return Optional.ofNullable(recognizer).map(r -> new ListeningLoop.Recognizer("fake", r));
        }

        @Override
        public PhraseGrammar grammar() {
            return new PhraseGrammar(Set.of("what time is it"), false);
        }

        @Override
        public boolean expectsReply(String site) {
            return repliesExpected > 0;
        }

        @Override
        public Response handle(String site, String text, Consumer<Intent> onIntent) {
            handled.add(text);
            if (changedAfterHandling != null) {
                settings = changedAfterHandling;
            }
            onIntent.accept(new Intent("clock", "GetTime", java.util.Map.of(), 1.0, text, text));
            if (repliesExpected > 0) {
                repliesExpected--;
            }
            return Response.say("answer to " + text);
        }

        @Override
        public void post(String topic, Object... keysAndValues) {
        }
    }

    private static final class Recorder implements ListeningObserver {
        final List<String> steps = new ArrayList<>();

        final List<WakeWordDetection> wakes = new ArrayList<>();

        @Override
        public void wake(WakeWordDetection detection) {
            wakes.add(detection);
            steps.add("wake " + detection.word() + " " + detection.offsetMs());
        }

        @Override
        public void transcript(String text, boolean isFinal, long offsetMs) {
            if (isFinal) {
                steps.add("final " + text + " " + offsetMs);
            }
        }

        @Override
        public void intent(Intent intent) {
            steps.add("intent " + intent.name());
        }

        @Override
        public void response(Response response) {
            steps.add("response " + response.text());
        }

        @Override
        public void error(String message) {
            steps.add("error " + message);
        }
    }

    private static final ListeningLoop.Settings SETTINGS = new ListeningLoop.Settings(
            List.of(new WakeWord("computer", 0.5)), new EndOfSpeech.Timing(600, 300, 200, 3000, 8000, true), 12,
            -48);

    private static Recorder run(FakePipeline pipeline, byte[] pcm) throws Exception {
        Recorder recorder = new Recorder();
        new ListeningLoop(pipeline, new PreparedGrammars(), "kitchen", recorder).run(stream(pcm));
        return recorder;
    }

    @Test
    void theCommandStartsWhereTheWakeWordEnded() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1200);
        FakeRecognizer recognizer = new FakeRecognizer("what time is it");
        pipeline.recognizer = recognizer;

        Recorder recorder = run(pipeline, pcm);

        assertThat(recorder.steps).containsExactly("wake computer 1200", "final what time is it 2600",
                "intent GetTime", "response answer to what time is it");
        byte[] heard = recognizer.streams.get(0).toByteArray();
        assertThat(heard.length).isEqualTo((2600 - 1200) * 32);
        assertThat(heard).isEqualTo(Arrays.copyOfRange(pcm, 1200 * 32, 2600 * 32));
    }

    @Test
    void whenTheWakeWordsStartIsKnownTheRecognizerHearsItAndItIsDroppedFromTheCommand() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1400, 1000);
        FakeRecognizer recognizer = new FakeRecognizer("computer what time is it");
        pipeline.recognizer = recognizer;

        Recorder recorder = run(pipeline, pcm);

        assertThat(recorder.steps).containsExactly("wake computer 1400", "final what time is it 2600",
                "intent GetTime", "response answer to what time is it");
        assertThat(recorder.wakes.get(0).startMs()).as("where the wake word began").isEqualTo(1000);
        long from = 1000 - ListeningLoop.WAKE_LEAD_IN_MS;
        assertThat(recognizer.streams.get(0).toByteArray()).isEqualTo(Arrays.copyOfRange(pcm, (int) from * 32,
                2600 * 32));
        assertThat(recognizer.grammars.get(0).phrases()).as("every phrase after the wake word")
                .contains("computer what time is it").doesNotContain("what time is it");
    }

    @Test
    void speechHeardAsTheWakeWordAloneIsAnsweredNotIgnored() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1400, 1000);
        pipeline.recognizer = new FakeRecognizer("computer");

        Recorder recorder = run(pipeline, pcm);

        assertThat(pipeline.handled).containsExactly("");
        assertThat(recorder.steps).contains("final  2600", "response answer to ");
    }

    @Test
    void aWakeWordWithoutSpeechAfterItIsNotAnswered() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(0.4).silence(8).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1400);
        pipeline.recognizer = new FakeRecognizer("");

        run(pipeline, pcm);

        assertThat(pipeline.handled).isEmpty();
    }

    @Test
    void aCommandTheRecognizerSettlesOnEndsAfterThePhraseSilenceThoughItsPartialLags() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1200);
        pipeline.understood.add("what time is it");
        FakeRecognizer recognizer = new FakeRecognizer("what time is it, finished");
        recognizer.partial = "what time";
        recognizer.settled = Optional.of(new RecognitionResult("what time is it", true, 0.9));
        pipeline.recognizer = recognizer;

        Recorder recorder = run(pipeline, pcm);

        // 300 ms of silence after the speech, not 600; the settled words, not a finish.
        assertThat(recorder.steps).containsExactly("wake computer 1200", "final what time is it 2300",
                "intent GetTime", "response answer to what time is it");

        recognizer.settled = Optional.of(new RecognitionResult("what time is", true, 0.9));
        assertThat(run(pipeline, pcm).steps).as("settled on no command: the utterance goes on")
                .contains("final what time is it, finished 2600");
    }

    @Test
    void silenceAfterSettlingOnNoCommandReachesTheRecognizerOnlyWhenTheSpeakerGoesOn() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1200);
        FakeRecognizer recognizer = new FakeRecognizer("what time is it");
        recognizer.partial = "what time";
        recognizer.settled = Optional.of(new RecognitionResult("what time is", true, 0.9));
        pipeline.recognizer = recognizer;

        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        assertThat(run(pipeline, pcm).steps).contains("final what time is it 2600");
        byte[] heard = recognizer.streams.get(0).toByteArray();
        assertThat(heard.length / 32).as("ms heard: settled at 2300 ms, the silence after it unheard").isEqualTo(1100);
        assertThat(heard).isEqualTo(Arrays.copyOfRange(pcm, 1200 * 32, 2300 * 32));

        byte[] goesOn = new Audio().silence(1).speech(1).silence(0.4).speech(0.4).silence(1.5).pcm();
        assertThat(run(pipeline, goesOn).steps).contains("final what time is it 3400");
        heard = recognizer.streams.get(1).toByteArray();
        assertThat(heard.length / 32).as("ms heard: the held silence too, once the speaker went on").isEqualTo(2200);
        assertThat(heard).isEqualTo(Arrays.copyOfRange(goesOn, 1200 * 32, 3400 * 32));
    }

    @Test
    void liveAudioIsTakenAsItArrivesSoACommandEndsWithoutWaitingForAWholeChunk() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1.04).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1200);
        FakeRecognizer recognizer = new FakeRecognizer("what time is it");
        // Live audio: 20 ms a read, and nothing more ready.
        TestAudio live = new TestAudio(pcm, Vad.FRAME_BYTES, false);
        long[] readWhenHandled = { -1 };
        recognizer.onFinish = () -> readWhenHandled[0] = live.read;
        pipeline.recognizer = recognizer;
        Recorder recorder = new Recorder();

        new ListeningLoop(pipeline, new PreparedGrammars(), "kitchen", recorder).run(live);

        assertThat(recorder.steps).contains("final what time is it 2640");
        assertThat(readWhenHandled[0]).as("read as far as the end of speech, not to the end of a 100 ms chunk")
                .isEqualTo(2640 * 32);
    }

    @Test
    void aRecordingIsReadInWholeChunks() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1200);
        FakeRecognizer recognizer = new FakeRecognizer("what time is it");
        int[] accepted = { 0 };
        recognizer.onAccept = () -> accepted[0]++;
        pipeline.recognizer = recognizer;
        // A recording: whatever a read gives, the rest is ready without waiting.
        AudioStream recording = new TestAudio(pcm, 1000, true);

        new ListeningLoop(pipeline, new PreparedGrammars(), "kitchen", new Recorder()).run(recording);

        assertThat(accepted[0]).as("1.4 s from the wake word's end to the end of speech, in 100 ms chunks")
                .isEqualTo(14);
    }

    @Test
    void audioCapturedWhileAnsweringIsDropped() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(BPS, 900);
        pipeline.recognizer = new FakeRecognizer("what time is it");
        int[] discarded = { 0 };
        List<String> handledWhenDiscarded = new ArrayList<>();
        AudioStream live = new TestAudio(pcm, Integer.MAX_VALUE, false) {
            @Override
            public void discardBuffered() {
                discarded[0]++;
                handledWhenDiscarded.addAll(pipeline.handled);
            }
        };
        new ListeningLoop(pipeline, new PreparedGrammars(), "kitchen", new Recorder()).run(live);
        assertThat(discarded[0]).isEqualTo(1);
        assertThat(handledWhenDiscarded).as("dropped after the answer").containsExactly("what time is it");
    }

    @Test
    void changedSettingsApplyFromTheNextWakeWordOn() throws Exception {
        byte[] pcm = new Audio().silence(1).speech(1).silence(1.5).silence(1).speech(1).silence(1.5).pcm();
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(3 * BPS / 2, 1200);
        pipeline.recognizer = new FakeRecognizer("what time is it");
        pipeline.changedAfterHandling = new ListeningLoop.Settings(List.of(new WakeWord("jarvis", 0.5)),
                SETTINGS.timing(), SETTINGS.vadMarginDb(), SETTINGS.vadMinimumDb());

        Recorder recorder = run(pipeline, pcm);

        assertThat(recorder.steps).filteredOn(s -> s.startsWith("wake ")).extracting(s -> s.split(" ")[1])
                .containsExactly("computer", "jarvis");
    }

    @Test
    void withoutAWakeWordNothingIsRecognized() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(Long.MAX_VALUE, 0);
        FakeRecognizer recognizer = new FakeRecognizer("what time is it");
        pipeline.recognizer = recognizer;

        Recorder recorder = run(pipeline, new Audio().silence(1).speech(2).silence(1).pcm());

        assertThat(recorder.steps).isEmpty();
        assertThat(recognizer.streams).isEmpty();
        assertThat(pipeline.handled).isEmpty();
    }

    @Test
    void aFollowUpNeedsNoWakeWord() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        FakeWake wake = new FakeWake(BPS, 900);
        pipeline.wake = wake;
        pipeline.recognizer = new FakeRecognizer("yes");
        pipeline.repliesExpected = 0;
        byte[] pcm = new Audio().silence(0.5).speech(1).silence(1).speech(1).silence(1).pcm();
        Recorder recorder = new Recorder();
        ListeningLoop.Pipeline asking = new ForwardingPipeline(pipeline) {
            @Override
            public Response handle(String site, String text, Consumer<Intent> onIntent) {
                Response response = pipeline.handle(site, text, onIntent);
                if (pipeline.handled.size() == 1) {
                    pipeline.repliesExpected = 1;
                }
                return response;
            }
        };
        new ListeningLoop(asking, new PreparedGrammars(), "kitchen", recorder).run(stream(pcm));

        assertThat(pipeline.handled).containsExactly("yes", "yes");
        assertThat(recorder.steps.stream().filter(s -> s.startsWith("wake")).count()).isEqualTo(1);
    }

    @Test
    void aFollowUpMayStartWithTheWakeWord() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(BPS, 900);
        FakeRecognizer recognizer = new FakeRecognizer("computer what time is it");
        pipeline.recognizer = recognizer;
        pipeline.repliesExpected = 1;
        byte[] pcm = new Audio().silence(0.5).speech(1).silence(1).pcm();
        new ListeningLoop(pipeline, new PreparedGrammars(), "kitchen", new Recorder()).run(stream(pcm));

        assertThat(pipeline.handled).first().isEqualTo("what time is it");
        assertThat(recognizer.grammars.get(0).phrases()).contains("what time is it", "computer what time is it");
    }

    @Test
    void anUtteranceInFlightFinishesOnTheRecognizerItStartedWith() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(BPS / 2, 400);
        FakeRecognizer first = new FakeRecognizer("from the first");
        FakeRecognizer second = new FakeRecognizer("from the second");
        pipeline.recognizer = first;
        first.onAccept = () -> pipeline.recognizer = second;
        byte[] pcm = new Audio().silence(0.3).speech(1).silence(1).speech(1).silence(1).pcm();

        run(pipeline, pcm);

        assertThat(pipeline.handled).containsExactly("from the first", "from the second");
        assertThat(first.streams).hasSize(1);
        assertThat(second.streams).hasSize(1);
    }

    @Test
    void aCommandCutOffByTheEndOfTheAudioIsStillAnswered() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        pipeline.wake = new FakeWake(BPS / 2, 400);
        pipeline.recognizer = new FakeRecognizer("what time is it");

        Recorder recorder = run(pipeline, new Audio().silence(0.3).speech(1.2).pcm());

        assertThat(pipeline.handled).containsExactly("what time is it");
        assertThat(recorder.steps).contains("final what time is it 1500");
    }

    @Test
    void missingEnginesAreReportedAndListeningGoesOn() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        Recorder recorder = run(pipeline, new Audio().speech(1).pcm());
        assertThat(recorder.steps).containsExactly(
                "error no wake-word engine is active; nothing is heard until one is installed");

        pipeline.wake = new FakeWake(BPS / 2, 400);
        recorder = run(pipeline, new Audio().speech(1).pcm());
        assertThat(recorder.steps).startsWith("wake computer 400",
                "error no speech recognizer is active; the command was not heard", "wake computer 900");
    }

    /** Delegates everything, for overriding one step. */
    private static class ForwardingPipeline implements ListeningLoop.Pipeline {
        private final ListeningLoop.Pipeline delegate;

        ForwardingPipeline(ListeningLoop.Pipeline delegate) {
            this.delegate = delegate;
        }

        @Override
        public ListeningLoop.Settings settings() {
            return delegate.settings();
        }

        @Override
        public Optional<WakeWordSpotter> wakeWord() {
            return delegate.wakeWord();
        }

        @Override
        public Optional<ListeningLoop.Recognizer> recognizer() {
            return delegate.recognizer();
        }

        @Override
        public PhraseGrammar grammar() {
            return delegate.grammar();
        }

        @Override
        public boolean expectsReply(String site) {
            return delegate.expectsReply(site);
        }

        @Override
        public Response handle(String site, String text, Consumer<Intent> onIntent) {
            return delegate.handle(site, text, onIntent);
        }

        @Override
        public void post(String topic, Object... keysAndValues) {
            delegate.post(topic, keysAndValues);
        }
    }
}
