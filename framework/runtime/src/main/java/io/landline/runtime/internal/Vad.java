package io.landline.runtime.internal;

/**
 * Voice activity by energy, on 20 ms frames of 16 kHz 16-bit audio. A frame is speech when its level is well above
 * the noise floor, the quietest frame of the last three seconds (minimum statistics: speech always has pauses,
 * steady noise has none), so steady background noise (a fan, hiss) is not taken for speech while a voice over it
 * is. Thresholds are in dBFS.
 */
final class Vad {

    /** Bytes in one 20 ms frame. */
    static final int FRAME_BYTES = 640;

    private final double marginDb;
    private final double minimumDb;
    private static final int WINDOW_FRAMES = 150;
    private final double[] recent = new double[WINDOW_FRAMES];
    private int frames;

    /**
     * @param marginDb  how far above the noise floor speech is (typically 10..15 dB)
     * @param minimumDb below this level nothing is speech (typically -45 dBFS)
     */
    Vad(double marginDb, double minimumDb) {
        this.marginDb = marginDb;
        this.minimumDb = minimumDb;
    }

    /**
     * @param pcm    16-bit little-endian samples
     * @param offset first byte of the frame
     * @param length bytes in the frame
     * @return whether the frame is speech
     */
    boolean isSpeech(byte[] pcm, int offset, int length) {
        double level = levelDb(pcm, offset, length);
        recent[frames % WINDOW_FRAMES] = level;
        frames++;
        double floor = level;
        for (int i = 0; i < Math.min(frames, WINDOW_FRAMES); i++) {
            floor = Math.min(floor, recent[i]);
        }
        boolean speech = level >= minimumDb && level >= floor + marginDb;
        return speech;
    }

    /** @return the level of a frame in dBFS (-100 for digital silence) */
    static double levelDb(byte[] pcm, int offset, int length) {
        int samples = length / 2;
        if (samples == 0) {
            return -100;
        }
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            int s = (short) ((pcm[offset + 2 * i] & 0xff) | (pcm[offset + 2 * i + 1] << 8));
            sum += (double) s * s;
        }
        double rms = Math.sqrt(sum / samples) / 32768.0;
        return rms <= 1e-5 ? -100 : 20 * Math.log10(rms);
    }
}
