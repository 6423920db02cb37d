package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VadTest {

    private static byte[] frame(double amplitude, double noise, Random random, int index) {
        byte[] pcm = new byte[Vad.FRAME_BYTES];
        for (int i = 0; i < pcm.length / 2; i++) {
            double v = amplitude * Math.sin(2 * Math.PI * 220 * (index * 320 + i) / 16000.0)
                    + noise * random.nextGaussian();
            int s = (int) Math.max(-32768, Math.min(32767, v * 32767));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    @Test
    void speechStandsOutOfSteadyNoise() {
        Vad vad = new Vad(12, -48);
        Random random = new Random(1);
        int speech = 0;
        for (int i = 0; i < 100; i++) {
            if (vad.isSpeech(frame(0, 0.01, random, i), 0, Vad.FRAME_BYTES)) {
                speech++;
            }
        }
        assertThat(speech).as("frames of noise taken for speech").isLessThanOrEqualTo(3);
        for (int i = 0; i < 50; i++) {
            if (vad.isSpeech(frame(0.3, 0.01, random, i), 0, Vad.FRAME_BYTES)) {
                speech++;
            }
        }
        assertThat(speech).isGreaterThanOrEqualTo(48);
        speech = 0;
        for (int i = 0; i < 50; i++) {
            if (vad.isSpeech(frame(0, 0.01, random, i), 0, Vad.FRAME_BYTES)) {
                speech++;
            }
        }
        assertThat(speech).as("noise after speech").isLessThanOrEqualTo(1);
    }

    @Test
    void digitalSilenceAndVeryQuietSoundAreNotSpeech() {
        Vad vad = new Vad(12, -48);
        Random random = new Random(2);
        assertThat(vad.isSpeech(new byte[Vad.FRAME_BYTES], 0, Vad.FRAME_BYTES)).isFalse();
        assertThat(vad.isSpeech(frame(0.002, 0, random, 0), 0, Vad.FRAME_BYTES)).isFalse();
        assertThat(Vad.levelDb(new byte[Vad.FRAME_BYTES], 0, Vad.FRAME_BYTES)).isEqualTo(-100);
    }
}
