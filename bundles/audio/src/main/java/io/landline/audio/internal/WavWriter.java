package io.landline.audio.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes 16 kHz mono 16-bit PCM as a WAV file, through a temporary file so readers never see half a file. */
final class WavWriter {

    private WavWriter() {
    }

    static void write(Path file, byte[] pcm, int length) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, ".landline-", ".wav");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(header(length));
            out.write(pcm, 0, length);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static byte[] header(int dataBytes) {
        byte[] h = new byte[44];
        put(h, 0, "RIFF");
        putInt(h, 4, 36 + dataBytes);
        put(h, 8, "WAVE");
        put(h, 12, "fmt ");
        putInt(h, 16, 16);
        putShort(h, 20, 1);
        putShort(h, 22, 1);
        putInt(h, 24, 16000);
        putInt(h, 28, 32000);
        putShort(h, 32, 2);
        putShort(h, 34, 16);
        put(h, 36, "data");
        putInt(h, 40, dataBytes);
        return h;
    }

    private static void put(byte[] b, int at, String ascii) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) ascii.charAt(i);
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >> (8 * i));
        }
    }

    private static void putShort(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }
}
