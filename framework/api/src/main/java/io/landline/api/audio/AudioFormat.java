package io.landline.api.audio;

/**
 * The format of linear PCM audio.
 *
 * @param sampleRate    samples per second per channel, for example 16000
 * @param channels      number of interleaved channels, 1 for mono
 * @param bitsPerSample bits per sample: 8, 16, 24 or 32
 * @param signed        whether samples are signed
 * @param bigEndian     byte order of multi-byte samples
 */
public record AudioFormat(int sampleRate, int channels, int bitsPerSample, boolean signed, boolean bigEndian) {

    /** The pipeline's internal format: 16 kHz, mono, signed 16-bit little-endian. */
    public static final AudioFormat PCM_16K_MONO = new AudioFormat(16000, 1, 16, true, false);

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a field is out of range
     */
    public AudioFormat {
        if (sampleRate <= 0 || channels <= 0 || bitsPerSample <= 0 || bitsPerSample % 8 != 0) {
            throw new IllegalArgumentException("not a PCM format: " + sampleRate + " Hz, " + channels
                    + " channel(s), " + bitsPerSample + " bit");
        }
    }

    /** @return bytes in one frame (one sample of every channel) */
    public int frameSize() {
        return channels * bitsPerSample / 8;
    }

    /** @return bytes per second of audio */
    public int bytesPerSecond() {
        return sampleRate * frameSize();
    }

    /**
     * @param bytes a number of bytes of audio in this format
     * @return the duration of that audio in milliseconds
     */
    public long millis(long bytes) {
        return bytes * 1000 / bytesPerSecond();
    }

    @Override
    public String toString() {
        return sampleRate + " Hz " + (channels == 1 ? "mono" : channels + " channels") + " " + bitsPerSample + "-bit "
                + (signed ? "signed" : "unsigned") + (bitsPerSample > 8 ? (bigEndian ? " big-endian" : " little-endian") : "");
    }
}
