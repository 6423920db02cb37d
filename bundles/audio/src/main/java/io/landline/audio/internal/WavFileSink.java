package io.landline.audio.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioSink;
import io.landline.api.audio.AudioStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Collects everything played into one WAV file, rewritten after each play so it is complete at all times. */
final class WavFileSink implements AudioSink {

    private final Path file;
    private final AudioFilesService converter;
    private final ByteArrayOutputStream played = new ByteArrayOutputStream();

    WavFileSink(Path file, AudioFilesService converter) {
        this.file = file;
        this.converter = converter;
    }

    @Override
    public String id() {
        return "wav:" + file;
    }

    @Override
    public synchronized void play(AudioStream audio) throws AudioException {
        byte[] pcm = AudioFilesService.readAll(converter.convert(audio));
        played.write(pcm, 0, pcm.length);
        try {
            WavWriter.write(file, played.toByteArray(), played.size());
        } catch (IOException e) {
            throw new AudioException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
