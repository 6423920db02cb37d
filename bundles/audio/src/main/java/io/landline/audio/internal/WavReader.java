package io.landline.audio.internal;

import io.landline.api.audio.AudioException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the header of a RIFF/WAVE file and leaves the stream at the first sample. Tolerates the lies real files
 * tell: a RIFF or data size of 0 or 0xFFFFFFFF (streamed recordings), a data size beyond the end of the file (cut
 * off), and a data size shorter than the audio that follows it (when no chunk follows, the rest is audio).
 */
final class WavReader {

    /** A header read, and how many bytes of sample data follow. */
    record Header(SourceFormat format, long dataOffset, long dataBytes) {
    }

    private static final Map<Integer, String> FORMAT_NAMES = Map.of(0x0002, "Microsoft ADPCM", 0x0011, "IMA ADPCM",
            0x0031, "GSM 6.10", 0x0050, "MPEG", 0x0055, "MP3", 0x0161, "Windows Media Audio", 0x1610, "AAC",
            0xF1AC, "FLAC", 0x674f, "Ogg Vorbis");
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_ALAW = 6;
    private static final int FORMAT_ULAW = 7;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavReader() {
    }

    /**
     * @param file a WAV file
     * @return the header and a stream positioned at the samples, limited to the audio
     * @throws AudioException naming the file and what is wrong with it
     */
    static Opened open(Path file) throws AudioException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        InputStream raw;
        try {
            size = Files.size(file);
            if (Files.isDirectory(file)) {
                throw new AudioException(name + " is a folder, not a WAV file");
            }
            raw = new BufferedInputStream(Files.newInputStream(file), 65536);
        } catch (NoSuchFileException e) {
            throw new AudioException("no such file: " + file);
        } catch (IOException e) {
            throw new AudioException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            if (size == 0) {
                throw new AudioException(name + " is empty (0 bytes), not a WAV file");
            }
            Header header = read(raw, size, name);
            if (header.dataOffset() + header.dataBytes() < size && !chunkFollows(file, header, size)) {
                // The data size is too small and no chunk follows it: the rest of the file is audio too.
                header = new Header(header.format(), header.dataOffset(), size - header.dataOffset());
            }
            return new Opened(header, raw);
        } catch (AudioException e) {
            closeQuietly(raw);
            throw e;
        } catch (IOException e) {
            closeQuietly(raw);
            throw new AudioException("cannot read " + name + ": " + e.getMessage());
        }
    }

    /** A header and the stream of samples after it. */
    record Opened(Header header, InputStream samples) {
    }

    static Header read(InputStream in, long fileSize, String name) throws IOException, AudioException {
        DataInputStream data = new DataInputStream(in);
        byte[] riff = new byte[12];
        int got = in.readNBytes(riff, 0, 12);
        if (got < 12 || !ascii(riff, 0).equals("RIFF") || !ascii(riff, 8).equals("WAVE")) {
            String start = got >= 4 ? ascii(riff, 0).replaceAll("[^\\x20-\\x7e]", "?") : "";
            throw new AudioException(name + " is not a WAV file (it does not start with a RIFF/WAVE header"
                    + (start.isBlank() ? "" : "; it starts with \"" + start + "\"") + ")");
        }
        long offset = 12;
        SourceFormat format = null;
        while (true) {
            byte[] chunk = new byte[8];
            int n = in.readNBytes(chunk, 0, 8);
            if (n < 8) {
                throw new AudioException(name + " has no audio data (no \"data\" chunk"
                        + (format == null ? " and no \"fmt \" chunk" : "") + ")");
            }
            offset += 8;
            String id = ascii(chunk, 0);
            long length = Integer.toUnsignedLong(littleInt(chunk, 4));
            if (id.equals("fmt ")) {
                if (length < 16 || length > 1024) {
                    throw new AudioException(name + " has a broken WAV header (format chunk of " + length + " bytes)");
                }
                byte[] fmt = data.readNBytes((int) length);
                if (fmt.length < length) {
                    throw new AudioException(name + " is cut off inside its WAV header");
                }
                offset += length;
                if ((length & 1) == 1) {
                    in.skip(1);
                    offset++;
                }
                format = format(fmt, name);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new AudioException(name + " has a broken WAV header (audio data before the format chunk)");
                }
                long remaining = fileSize - offset;
                long declared = length;
                if (declared == 0 || declared == 0xFFFFFFFFL || declared > remaining) {
                    declared = remaining;
                }
                return new Header(format, offset, declared);
            } else {
                long skipped = in.skip(length + (length & 1));
                offset += skipped;
                if (skipped < length) {
                    throw new AudioException(name + " has no audio data (no \"data\" chunk)");
                }
            }
        }
    }

    private static SourceFormat format(byte[] fmt, String name) throws AudioException {
        int tag = littleShort(fmt, 0);
        int channels = littleShort(fmt, 2);
        int rate = littleInt(fmt, 4);
        int bits = littleShort(fmt, 14);
        if (tag == FORMAT_EXTENSIBLE && fmt.length >= 26) {
            tag = littleShort(fmt, 24);
        }
        SampleEncoding encoding = switch (tag) {
            case FORMAT_PCM -> bits == 8 ? SampleEncoding.UNSIGNED : SampleEncoding.SIGNED;
            case FORMAT_FLOAT -> SampleEncoding.FLOAT;
            case FORMAT_ALAW -> SampleEncoding.ALAW;
            case FORMAT_ULAW -> SampleEncoding.ULAW;
            default -> null;
        };
        if (encoding == null) {
            String known = FORMAT_NAMES.get(tag);
            throw new AudioException(name + " uses WAV format 0x" + String.format("%04X", tag)
                    + (known == null ? "" : " (" + known + ")")
                    + ", which is not supported; use linear PCM (for example `sox IN -b 16 OUT.wav`)");
        }
        if (bits % 8 != 0 || bits == 0) {
            throw new AudioException(name + " has " + bits + "-bit samples, which are not supported");
        }
        try {
            return new SourceFormat(rate, channels, bits / 8, encoding, false);
        } catch (IllegalArgumentException e) {
            throw new AudioException(name + ": " + e.getMessage());
        }
    }

    /** @return whether a plausible RIFF chunk header (four ASCII letters, a size that fits) follows the data */
    private static boolean chunkFollows(Path file, Header header, long size) throws IOException {
        long at = header.dataOffset() + header.dataBytes() + (header.dataBytes() & 1);
        if (at + 8 > size) {
            return at >= size;
        }
        try (var channel = Files.newByteChannel(file)) {
            channel.position(at);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read the 8 bytes
            }
            byte[] b = buffer.array();
            for (int i = 0; i < 4; i++) {
                if (b[i] < 0x20 || b[i] > 0x7e) {
                    return false;
                }
            }
            return Integer.toUnsignedLong(littleInt(b, 4)) <= size - at - 8;
        }
    }

    static String ascii(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    static int littleInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static int littleShort(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to add to the error being reported
        }
    }

    /** An input limited to a number of bytes. */
    static final class Limited extends InputStream {
        private final InputStream in;
        private long left;

        Limited(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), Math.max(0, left));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
