package io.landline.audio.internal;

import java.util.Arrays;

/**
 * Streaming sample-rate conversion with a Hann-windowed sinc, low-passed at the lower of the two Nyquist
 * frequencies so downsampling (44.1 kHz to 16 kHz) does not fold high frequencies into the speech band.
 */
final class Resampler {

    private static final int ZERO_CROSSINGS = 8;

    private final double step;
    private final double cutoff;
    private final int halfWidth;
    private float[] buffer = new float[8192];
    private int length;
    /** Position of the next output sample, in input samples from buffer[0]. */
    private double position;

    Resampler(int inputRate, int outputRate) {
        this.step = (double) inputRate / outputRate;
        this.cutoff = Math.min(1.0, (double) outputRate / inputRate) * 0.95;
        this.halfWidth = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        // Start as if preceded by silence, so the first output sample is centred on the first input sample.
        length = halfWidth;
        position = halfWidth;
    }

    /**
     * Adds input and returns the output that is complete.
     *
     * @param input samples
     * @param count how many
     * @return output samples
     */
    float[] process(float[] input, int count) {
        append(input, count);
        return drain(false);
    }

    /** @return the last output samples, with silence after the input */
    float[] flush() {
        append(new float[halfWidth + 1], halfWidth + 1);
        return drain(true);
    }

    private void append(float[] input, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(input, 0, buffer, length, count);
        length += count;
    }

    private float[] drain(boolean last) {
        int limit = length - halfWidth - 1;
        int outputs = limit < position ? 0 : (int) ((limit - position) / step) + 1;
        if (last) {
            outputs = Math.max(0, outputs);
        }
        float[] out = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            out[i] = sample(position);
            position += step;
        }
        int keepFrom = Math.max(0, (int) Math.floor(position) - halfWidth);
        System.arraycopy(buffer, keepFrom, buffer, 0, length - keepFrom);
        length -= keepFrom;
        position -= keepFrom;
        return out;
    }

    private float sample(double at) {
        int centre = (int) Math.floor(at);
        double sum = 0;
        for (int i = centre - halfWidth + 1; i <= centre + halfWidth; i++) {
            double x = at - i;
            if (Math.abs(x) >= halfWidth) {
                continue;
            }
            double window = 0.5 + 0.5 * Math.cos(Math.PI * x / halfWidth);
            double arg = Math.PI * cutoff * x;
            double sinc = arg == 0 ? 1 : Math.sin(arg) / arg;
            sum += buffer[i] * cutoff * sinc * window;
        }
        return (float) sum;
    }
}
