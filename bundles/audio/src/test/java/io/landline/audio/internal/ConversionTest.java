package io.landline.audio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionTest {

    @TempDir
    Path folder;

    private final AudioFilesService files = new AudioFilesService();

    /** A sine tone as interleaved little-endian integer PCM, the same on every channel. */
    private static byte[] tone(double hz, double seconds, int rate, int channels, int bytes) {
        int frames = (int) (seconds * rate);
        ByteBuffer out = ByteBuffer.allocate(frames * channels * bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            double v = 0.5 * Math.sin(2 * Math.PI * hz * i / rate);
            for (int c = 0; c < channels; c++) {
                long s = Math.round(v * ((1L << (bytes * 8 - 1)) - 1));
                if (bytes == 1) {
                    out.put((byte) (s + 128));
                } else {
                    for (int b = 0; b < bytes; b++) {
                        out.put((byte) (s >> (8 * b)));
                    }
                }
            }
        }
        return out.array();
    }

    private static byte[] wav(int tag, int rate, int channels, int bits, byte[] data, int declared) {
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) tag).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        b.put("data".getBytes()).putInt(declared).put(data);
        return b.array();
    }

    private static short[] samples(AudioStream audio) throws Exception {
        byte[] bytes = audio.readAllBytes();
        short[] s = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    /** Counts upward zero crossings, a frequency estimate that survives resampling. */
    private static double frequency(short[] s, int rate) {
        int crossings = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                crossings++;
            }
        }
        return crossings * (double) rate / s.length;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void stereo44kHzBecomes16kHzMonoWithTheSamePitch() throws Exception {
        byte[] data = tone(440, 2, 44100, 2, 2);
        short[] s = samples(files.open(write("a.wav", wav(1, 44100, 2, 16, data, data.length))));
        assertThat(s.length).isBetween(31900, 32100);
        assertThat(frequency(s, 16000)).isBetween(435.0, 445.0);
        int peak = 0;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(peak).isBetween(15000, 17500);
    }

    @Test
    void downsamplingRemovesWhatWouldFoldBack() throws Exception {
        // 7.5 kHz is below 8 kHz; 12 kHz is not representable at 16 kHz and must not come back as 4 kHz.
        byte[] data = tone(12000, 1, 48000, 1, 2);
        short[] s = samples(files.open(write("b.wav", wav(1, 48000, 1, 16, data, data.length))));
        double energy = 0;
        for (int i = 200; i < s.length - 200; i++) {
            energy += (double) s[i] * s[i];
        }
        assertThat(Math.sqrt(energy / (s.length - 400))).isLessThan(500);
    }

    @Test
    void eightBit24BitAndFloatAreRead() throws Exception {
        for (int bits : new int[] { 8, 24, 32 }) {
            byte[] data = tone(300, 1, 8000, 1, bits / 8);
            short[] s = samples(files.open(write("c" + bits + ".wav", wav(1, 8000, 1, bits, data, data.length))));
            assertThat(frequency(s, 16000)).as(bits + " bit").isBetween(295.0, 305.0);
        }
        ByteBuffer f = ByteBuffer.allocate(16000 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 16000; i++) {
            f.putFloat((float) (0.5 * Math.sin(2 * Math.PI * 500 * i / 16000)));
        }
        short[] s = samples(files.open(write("f.wav", wav(3, 16000, 1, 32, f.array(), 64000))));
        assertThat(s).hasSize(16000);
        assertThat(frequency(s, 16000)).isBetween(495.0, 505.0);
    }

    @Test
    void headersThatLieAboutTheLengthAreTolerated() throws Exception {
        byte[] data = tone(440, 1, 16000, 1, 2);
        assertThat(samples(files.open(write("max.wav", wav(1, 16000, 1, 16, data, -1))))).hasSize(16000);
        assertThat(samples(files.open(write("zero.wav", wav(1, 16000, 1, 16, data, 0))))).hasSize(16000);
        assertThat(samples(files.open(write("short.wav", wav(1, 16000, 1, 16, data, 1000))))).hasSize(16000);
        byte[] cut = java.util.Arrays.copyOf(wav(1, 16000, 1, 16, data, data.length), 44 + 1001);
        assertThat(samples(files.open(write("cut.wav", cut)))).hasSize(500);
    }

    @Test
    void badFilesGetMessagesThatNameTheProblem() throws Exception {
        assertThatThrownBy(() -> files.open(write("empty.wav", new byte[0]))).isInstanceOf(AudioException.class)
                .hasMessageContaining("empty.wav is empty");
        assertThatThrownBy(() -> files.open(write("text.wav", "hello there, not audio".getBytes())))
                .hasMessageContaining("text.wav is not a WAV file").hasMessageContaining("\"hell\"");
        assertThatThrownBy(() -> files.open(write("adpcm.wav", wav(0x11, 8000, 1, 4, new byte[100], 100))))
                .hasMessageContaining("WAV format 0x0011 (IMA ADPCM)");
        assertThatThrownBy(() -> files.open(write("header.wav", java.util.Arrays.copyOf(
                wav(1, 16000, 1, 16, new byte[0], 0), 36)))).hasMessageContaining("no audio data");
        assertThatThrownBy(() -> files.open(folder.resolve("missing.wav"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> files.rawPcm(new ByteArrayInputStream(new byte[0]),
                new AudioFormat(16000, 1, 16, false, false))).hasMessageContaining("unsigned 16-bit");
    }

    @Test
    void audioAlreadyInThePipelineFormatPassesUnchangedAndACutOffSampleIsDropped() throws Exception {
        byte[] data = tone(440, 0.5, 16000, 1, 2);
        byte[] cutOff = java.util.Arrays.copyOf(data, data.length + 1);
        cutOff[data.length] = 0x7f;
        Path file = write("16k.wav", wav(1, 16000, 1, 16, cutOff, cutOff.length));

        assertThat(files.open(file).readAllBytes()).isEqualTo(data);
        assertThat(files.rawPcm(new ByteArrayInputStream(cutOff), AudioFormat.PCM_16K_MONO).readAllBytes())
                .isEqualTo(data);
    }

    @Test
    void whatIsReadyWithoutWaitingIsToldInWholeSamples() throws Exception {
        byte[] data = tone(440, 0.5, 16000, 1, 2);
        Path file = write("ready.wav", wav(1, 16000, 1, 16, java.util.Arrays.copyOf(data, data.length + 1),
                data.length + 1));
        AudioStream recording = files.open(file);
        assertThat(recording.available()).as("the whole recording, but not the cut-off byte").isEqualTo(data.length);
        assertThat(recording.readNBytes(1000)).hasSize(1000);
        assertThat(recording.available()).isEqualTo(data.length - 1000);

        AudioStream pipe = files.rawPcm(new ByteArrayInputStream(data, 0, 641), AudioFormat.PCM_16K_MONO);
        assertThat(pipe.available()).as("a pipe: the whole samples it holds").isEqualTo(640);
    }

    @Test
    void rawPcmAndG711AreConverted() throws Exception {
        byte[] data = tone(400, 1, 8000, 1, 2);
        short[] s = samples(files.rawPcm(new ByteArrayInputStream(data), new AudioFormat(8000, 1, 16, true, false)));
        assertThat(s.length).isBetween(15900, 16100);
        assertThat(Samples.ulaw((byte) 0xff)).isZero();
        assertThat(Samples.ulaw((byte) 0x80)).isEqualTo(32124);
        assertThat(Samples.alaw((byte) 0xd5)).isEqualTo(8);
    }

    @Test
    void wavSinkWritesEverythingPlayedAsOneFile() throws Exception {
        Path out = folder.resolve("out/said.wav");
        var sink = files.wavFile(out);
        byte[] data = tone(440, 0.5, 22050, 1, 2);
        for (int i = 0; i < 2; i++) {
            sink.play(files.rawPcm(new ByteArrayInputStream(data), new AudioFormat(22050, 1, 16, true, false)));
        }
        short[] s = samples(files.open(out));
        assertThat(s.length).isBetween(15900, 16100);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(Files.readAllBytes(out), 0, 4);
        assertThat(header.toString()).isEqualTo("RIFF");
    }
}
