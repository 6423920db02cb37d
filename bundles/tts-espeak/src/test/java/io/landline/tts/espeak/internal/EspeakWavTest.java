package io.landline.tts.espeak.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.tts.SynthesisException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class EspeakWavTest {

    /** espeak-ng --stdout writes placeholder sizes (0x7FFFFFFF) because it cannot seek back. */
    private static byte[] streamedWav(int samples) {
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2 + 1).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(0x7fffffff).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(22050).putInt(44100)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(0x7fffffff);
        return b.array();
    }

    @Test
    void readsStreamedWavWithPlaceholderSizes() throws Exception {
        var audio = EspeakEngine.wav(streamedWav(1000));
        assertThat(audio.format().sampleRate()).isEqualTo(22050);
        assertThat(audio.format().channels()).isEqualTo(1);
        assertThat(audio.readAllBytes()).hasSize(2000);
    }

    @Test
    void notWavIsAClearError() {
        assertThatThrownBy(() -> EspeakEngine.wav("espeak-ng: voice not found".getBytes()))
                .isInstanceOf(SynthesisException.class).hasMessageContaining("no WAV audio");
    }
}
