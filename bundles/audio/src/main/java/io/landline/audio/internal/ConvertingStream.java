package io.landline.audio.internal;

import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Converts a stream of PCM in any {@link SourceFormat} to 16 kHz mono 16-bit little-endian, a block at a time, so
 * a ten-minute recording never sits in memory. Channels are averaged; samples beyond full scale are clipped.
 * A trailing partial frame (a cut-off file) is dropped.
 */
final class ConvertingStream extends AudioStream {

    private static final int FRAMES_PER_READ = 4096;

    private final InputStream source;
    private final SourceFormat format;
    private final Resampler resampler;
    private final byte[] in;
    private byte[] out = new byte[0];
    private int outPos;
    private boolean ended;
    private int pending;

    ConvertingStream(InputStream source, SourceFormat format) {
        this.source = source;
        this.format = format;
        this.resampler = format.sampleRate() == 16000 ? null : new Resampler(format.sampleRate(), 16000);
        this.in = new byte[FRAMES_PER_READ * format.frameSize()];
    }

    @Override
    public AudioFormat format() {
        return AudioFormat.PCM_16K_MONO;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (outPos >= out.length) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, out.length - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    /**
     * @return the converted bytes ready, and in the pipeline's format also the whole frames the source has ready;
     *         the listening loop reads live audio as it arrives by this
     */
    @Override
    public int available() throws IOException {
        int ready = out.length - outPos;
        if (format.isPipelineFormat() && !ended) {
            long frames = (pending + (long) source.available()) / format.frameSize();
            ready = (int) Math.min(Integer.MAX_VALUE, ready + frames * format.frameSize());
        }
        return ready;
    }

    private void fill() throws IOException {
        int n = source.read(in, pending, in.length - pending);
        ended = n < 0;
        if (!ended) {
            pending += n;
        }
        int frames = pending / format.frameSize();
        int used = frames * format.frameSize();
        // Audio already in the pipeline's format (a 16 kHz recording, raw PCM on stdin) is copied as it is: a
        // round trip through floats would cost the listening thread as much as a tenth of Vosk's decoding.
        if (format.isPipelineFormat()) {
            out = Arrays.copyOf(in, used);
        } else {
            float[] converted = converted(frames);
            out = Samples.toPcm16(converted, converted.length);
        }
        System.arraycopy(in, used, in, 0, pending - used);
        pending = ended ? 0 : pending - used;
        outPos = 0;
    }

    private float[] converted(int frames) {
        float[] mono = Samples.toMono(in, frames, format);
        if (resampler == null) {
            return mono;
        }
        return ended ? concat(resampler.process(mono, frames), resampler.flush()) : resampler.process(mono, frames);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] all = new float[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
