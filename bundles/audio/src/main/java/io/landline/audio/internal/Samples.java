package io.landline.audio.internal;

/** Decoding samples to floats in -1..1 and encoding them as 16-bit little-endian PCM. */
final class Samples {

    private Samples() {
    }

    /**
     * @param bytes  interleaved frames
     * @param frames how many frames to decode
     * @param format their format
     * @return one float per frame, the average of its channels
     */
    static float[] toMono(byte[] bytes, int frames, SourceFormat format) {
        float[] mono = new float[frames];
        int size = format.bytesPerSample();
        int channels = format.channels();
        int at = 0;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += decode(bytes, at, size, format);
                at += size;
            }
            mono[f] = (float) (sum / channels);
        }
        return mono;
    }

    private static double decode(byte[] b, int at, int size, SourceFormat format) {
        switch (format.encoding()) {
            case UNSIGNED:
                return ((b[at] & 0xff) - 128) / 128.0;
            case ULAW:
                return ulaw(b[at]) / 32768.0;
            case ALAW:
                return alaw(b[at]) / 32768.0;
            case FLOAT: {
                long bits = integer(b, at, size, format.bigEndian());
                double value = size == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
                return Double.isFinite(value) ? value : 0;
            }
            default: {
                long raw = integer(b, at, size, format.bigEndian());
                int shift = 64 - size * 8;
                long signed = (raw << shift) >> shift;
                return signed / (double) (1L << (size * 8 - 1));
            }
        }
    }

    private static long integer(byte[] b, int at, int size, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int index = bigEndian ? at + i : at + size - 1 - i;
            value = (value << 8) | (b[index] & 0xff);
        }
        return value;
    }

    /** G.711 µ-law to a 16-bit value. */
    static int ulaw(byte code) {
        int u = ~code & 0xff;
        int t = ((u & 0x0f) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }

    /** G.711 A-law to a 16-bit value. */
    static int alaw(byte code) {
        int a = (code & 0xff) ^ 0x55;
        int t = (a & 0x0f) << 4;
        int segment = (a & 0x70) >> 4;
        t = switch (segment) {
            case 0 -> t + 8;
            case 1 -> t + 0x108;
            default -> (t + 0x108) << (segment - 1);
        };
        return (a & 0x80) != 0 ? t : -t;
    }

    /**
     * @param samples floats in -1..1; beyond that they are clipped
     * @param count   how many
     * @return 16-bit signed little-endian bytes
     */
    static byte[] toPcm16(float[] samples, int count) {
        byte[] out = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            int v = (int) Math.round(samples[i] * 32767.0);
            v = Math.max(-32768, Math.min(32767, v));
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
