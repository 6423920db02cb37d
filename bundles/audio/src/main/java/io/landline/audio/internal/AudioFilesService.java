package io.landline.audio.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioFiles;
import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioSink;
import io.landline.api.audio.AudioStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/** WAV files and raw PCM, converted to the pipeline's 16 kHz mono. */
@Component
public class AudioFilesService implements AudioFiles {

    @Override
    public AudioStream open(Path file) throws AudioException {
        WavReader.Opened opened = WavReader.open(file);
        InputStream samples = new WavReader.Limited(opened.samples(), opened.header().dataBytes());
        return new ConvertingStream(samples, opened.header().format());
    }

    @Override
    public AudioStream rawPcm(InputStream in, AudioFormat format) throws AudioException {
        return new ConvertingStream(in, SourceFormat.of(format));
    }

    @Override
    public AudioStream convert(AudioStream audio) throws AudioException {
        SourceFormat format = SourceFormat.of(audio.format());
        return format.isPipelineFormat() ? audio : new ConvertingStream(audio, format);
    }

    @Override
    public AudioSink wavFile(Path file) {
        return new WavFileSink(file, this);
    }

    /** Reads a whole converted stream. */
    static byte[] readAll(AudioStream audio) throws AudioException {
        try (audio) {
            return audio.readAllBytes();
        } catch (IOException e) {
            throw new AudioException("cannot read audio: " + e.getMessage(), e);
        }
    }
}
