package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AudioRingTest {

    private static byte[] counting(int from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    @Test
    void keepsTheLastBytesAcrossTheWrapByAbsolutePosition() {
        AudioRing ring = new AudioRing(10);
        ring.append(counting(0, 7), 0, 7);
        ring.append(counting(7, 6), 0, 6);

        assertThat(ring.start()).isEqualTo(3);
        assertThat(ring.end()).isEqualTo(13);
        assertThat(ring.copy(0, 13)).isEqualTo(counting(3, 10));
        assertThat(ring.copy(8, 12)).isEqualTo(counting(8, 4));
        assertThat(ring.copy(12, 8)).isEmpty();
    }

    @Test
    void anAppendLongerThanTheRingKeepsItsEnd() {
        AudioRing ring = new AudioRing(4);
        byte[] data = counting(0, 12);
        ring.append(data, 1, 11);

        assertThat(ring.end()).isEqualTo(11);
        assertThat(ring.copy(0, 11)).isEqualTo(counting(8, 4));
    }
}
