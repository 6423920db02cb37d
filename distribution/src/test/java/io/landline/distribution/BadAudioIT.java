package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code landline listen}: each gets a clear result or a clear error, never a hang or a stack trace.
 */
class BadAudioIT {

    @TempDir
    static Path folder;
    static Speech speech;
    static Path command;

    @BeforeAll
    static void setUp() throws Exception {
        SpeechIT.home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
        speech = new Speech(Files.createDirectories(folder.resolve("audio")));
        command = speech.join(speech.silence(0.5), speech.say("en-us+m3", 150, "computer, what time is it"),
                speech.silence(1.0));
    }

    private static void assertClean(SpeechIT.Run run) {
        assertThat(run.transcript()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void assertAnswersTheTime(SpeechIT.Run run) {
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.values("intent", "name")).as(run.transcript()).containsExactly("GetTime");
        assertClean(run);
    }

    private static void assertError(SpeechIT.Run run, String message) {
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(1);
        assertThat(run.values("error", "message")).as(run.transcript()).singleElement().asString()
                .contains(message);
        assertClean(run);
    }

    @Test
    void silenceAndNoiseWakeNothing() throws Exception {
        Path noise = speech.next("noise");
        speech.sox("-n", "-r", "16000", "-c", "1", "-b", "16", noise.toString(), "synth", "10", "whitenoise",
                "vol", "0.5");
        SpeechIT.Run run = SpeechIT.listen(speech.join(speech.silence(10), noise, speech.silence(2)));
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.json()).as(run.transcript()).isEmpty();
        assertThat(run.audioMs()).isEqualTo(22000);
        assertClean(run);
    }

    @Test
    void stereo44kHzIsConverted() throws Exception {
        Path stereo = speech.next("stereo");
        speech.sox(command.toString(), "-r", "44100", "-c", "2", stereo.toString());
        assertAnswersTheTime(SpeechIT.listen(stereo));
    }

    @Test
    void headerThatLiesAboutItsLengthIsRead() throws Exception {
        byte[] wav = Files.readAllBytes(command);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(4, -1);
        header.putInt(40, -1);
        Path lying = folder.resolve("lying.wav");
        Files.write(lying, wav);
        assertAnswersTheTime(SpeechIT.listen(lying));

        header.putInt(40, 1000);
        Path tooShort = folder.resolve("too-short.wav");
        Files.write(tooShort, wav);
        assertAnswersTheTime(SpeechIT.listen(tooShort));
    }

    @Test
    void fileCutOffInTheMiddleEndsCleanly() throws Exception {
        byte[] wav = Files.readAllBytes(command);
        Path cut = folder.resolve("cut.wav");
        Files.write(cut, Arrays.copyOf(wav, 44 + 32000 + 1));
        SpeechIT.Run run = SpeechIT.listen(cut);
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.audioMs()).isEqualTo(1000);
        assertClean(run);
    }

    @Test
    void clippedAudioIsHandled() throws Exception {
        Path clipped = speech.next("clipped");
        speech.sox(command.toString(), clipped.toString(), "gain", "30");
        SpeechIT.Run run = SpeechIT.listen(clipped);
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.ofType("error")).as(run.transcript()).isEmpty();
        assertClean(run);
    }

    @Test
    void tenMinuteRecordingIsHeardToTheEnd() throws Exception {
        Path noise = speech.next("quiet-noise");
        speech.sox("-n", "-r", "16000", "-c", "1", "-b", "16", noise.toString(), "synth", "600", "whitenoise",
                "vol", "0.02");
        SpeechIT.Run run = SpeechIT.listen(speech.join(noise, command));
        assertAnswersTheTime(run);
        assertThat(run.json().get(0)).contains("\"offset_ms\":60");
        assertThat(run.audioMs()).isGreaterThan(600_000);
    }

    @Test
    void emptyFileIsAClearError() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.wav"));
        assertError(SpeechIT.listen(empty), "is empty");
    }

    @Test
    void nonAudioFileIsAClearError() throws Exception {
        Path text = folder.resolve("notes.wav");
        Files.writeString(text, "shopping list: milk, eggs\n");
        assertError(SpeechIT.listen(text), "is not a WAV file");
    }

    @Test
    void compressedWavNamesItsFormat() throws Exception {
        Path adpcm = speech.next("adpcm");
        speech.sox(command.toString(), "-e", "ima-adpcm", adpcm.toString());
        assertError(SpeechIT.listen(adpcm), "IMA ADPCM");
    }

    @Test
    void missingFileIsAClearError() throws Exception {
        assertError(SpeechIT.listen(folder.resolve("nowhere.wav")), "no such file");
    }
}
