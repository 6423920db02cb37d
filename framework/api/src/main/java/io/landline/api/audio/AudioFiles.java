package io.landline.api.audio;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads and writes audio that is not a device: WAV files, raw PCM on a stream. Everything read is converted to
 * {@link AudioFormat#PCM_16K_MONO}, the pipeline's format.
 */
public interface AudioFiles {

    /**
     * Opens a WAV file of any linear PCM format (8 to 32 bit, integer or float, any rate, any channels) as
     * 16 kHz mono 16-bit audio. A header that lies about the data length is tolerated: the audio ends where the
     * file does.
     *
     * @param file the file
     * @return the converted audio; close it when done
     * @throws AudioException when the file is missing, empty, not a WAV file, or in a format that is not
     *                        supported (the message names the format)
     */
    AudioStream open(Path file) throws AudioException;

    /**
     * Reads raw PCM (no header) from a stream, for example standard input, converting it to 16 kHz mono.
     *
     * @param in     the bytes
     * @param format what the bytes are
     * @return the converted audio
     * @throws AudioException when the format cannot be converted
     */
    AudioStream rawPcm(InputStream in, AudioFormat format) throws AudioException;

    /**
     * Converts audio in any supported PCM format to 16 kHz mono 16-bit.
     *
     * @param audio the audio
     * @return the converted audio, or {@code audio} itself when it is already in that format
     * @throws AudioException when the format cannot be converted
     */
    AudioStream convert(AudioStream audio) throws AudioException;

    /**
     * A sink that writes everything played to it into one WAV file (16 kHz mono 16-bit), rewriting the file
     * after each play so it is always complete.
     *
     * @param file the file to write
     * @return the sink
     */
    AudioSink wavFile(Path file);
}
