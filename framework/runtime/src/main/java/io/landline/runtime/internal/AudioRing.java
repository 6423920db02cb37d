package io.landline.runtime.internal;

/**
 * The last few seconds of a stream, addressed by absolute byte position, so audio that a wake-word engine has
 * already consumed can be handed to the recognizer: the command after "computer" starts where the wake word ended,
 * even when the wake word was only recognized later.
 */
final class AudioRing {

    private final byte[] ring;
    private long end;

    /** @param capacity bytes kept */
    AudioRing(int capacity) {
        ring = new byte[capacity];
    }

    void append(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) ((end + i) % ring.length)] = data[offset + i];
        }
        end += length;
    }

    /** @return the absolute position of the oldest byte kept */
    long start() {
        return Math.max(0, end - ring.length);
    }

    /** @return the absolute position after the newest byte */
    long end() {
        return end;
    }

    /**
     * @param from absolute position, clamped to what is kept
     * @param to   absolute position, clamped to what is kept
     * @return the bytes between
     */
    byte[] copy(long from, long to) {
        long a = Math.max(from, start());
        long b = Math.min(to, end);
        if (b <= a) {
            return new byte[0];
        }
        byte[] out = new byte[(int) (b - a)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring[(int) ((a + i) % ring.length)];
        }
        return out;
    }
}
