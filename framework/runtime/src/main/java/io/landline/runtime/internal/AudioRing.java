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
        int skipped = Math.max(0, length - ring.length);
        end += skipped;
        int at = (int) (end % ring.length);
        int count = length - skipped;
        int first = Math.min(count, ring.length - at);
        System.arraycopy(data, offset + skipped, ring, at, first);
        System.arraycopy(data, offset + skipped + first, ring, 0, count - first);
        end += count;
    }

    /** @return the absolute position of the oldest byte kept */
    long start() {
        return Math.max(0, end - ring.length);
    }

    /** @return the position, or the oldest one kept when it is older */
    long clamp(long position) {
        return Math.max(position, start());
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
        int at = (int) (a % ring.length);
        int first = Math.min(out.length, ring.length - at);
        System.arraycopy(ring, at, out, 0, first);
        System.arraycopy(ring, 0, out, first, out.length - first);
        return out;
    }
}
