package io.landline.audio.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioFormat;

/**
 * A PCM format as found in a file or given for a raw stream: the API's {@link AudioFormat} plus how samples are
 * encoded.
 */
record SourceFormat(int sampleRate, int channels, int bytesPerSample, SampleEncoding encoding, boolean bigEndian) {

    /** Checks the fields make a format this bundle can decode. */
    SourceFormat {
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is out of range (1000..384000)");
        }
        if (channels < 1 || channels > 32) {
            throw new IllegalArgumentException(channels + " channels is out of range (1..32)");
        }
        boolean ok = switch (encoding) {
            case SIGNED -> bytesPerSample >= 1 && bytesPerSample <= 4;
            case UNSIGNED, ULAW, ALAW -> bytesPerSample == 1;
            case FLOAT -> bytesPerSample == 4 || bytesPerSample == 8;
        };
        if (!ok) {
            throw new IllegalArgumentException(bytesPerSample * 8 + "-bit " + encoding.name().toLowerCase()
                    + " samples are not supported");
        }
    }

    /**
     * @param format a PCM format of the API
     * @return the same as a source format
     * @throws AudioException when it cannot be decoded
     */
    static SourceFormat of(AudioFormat format) throws AudioException {
        try {
            int bytes = format.bitsPerSample() / 8;
            SampleEncoding encoding = format.signed() ? SampleEncoding.SIGNED
                    : bytes == 1 ? SampleEncoding.UNSIGNED : null;
            if (encoding == null) {
                throw new IllegalArgumentException("unsigned " + format.bitsPerSample() + "-bit samples are not supported");
            }
            return new SourceFormat(format.sampleRate(), format.channels(), bytes, encoding, format.bigEndian());
        } catch (IllegalArgumentException e) {
            throw new AudioException("unsupported audio format " + format + ": " + e.getMessage());
        }
    }

    int frameSize() {
        return channels * bytesPerSample;
    }

    boolean isPipelineFormat() {
        return sampleRate == 16000 && channels == 1 && bytesPerSample == 2 && encoding == SampleEncoding.SIGNED
                && !bigEndian;
    }

    @Override
    public String toString() {
        return sampleRate + " Hz " + (channels == 1 ? "mono" : channels + " channels") + " " + bytesPerSample * 8
                + "-bit " + encoding.name().toLowerCase();
    }
}
