package io.landline.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real speech for tests: espeak-ng speaks, sox converts (without dither, so every run hears the same samples) and
 * joins. Both are installed by
 * {@code scripts/install-test-deps}; a test that needs them fails (never skips) when they are missing.
 */
final class Speech {

    private final Path folder;
    private int counter;

    /** @param folder where the recordings go */
    Speech(Path folder) {
        this.folder = folder;
    }

    /**
     * @param voice an espeak-ng voice, for example {@code en-us+f3}; British English with a variant is
     *              {@code en+f3}: espeak-ng (1.51) ignores a variant after {@code en-gb} and speaks plain en-gb
     * @param wpm   words per minute
     * @param text  what to say
     * @return 16 kHz mono 16-bit WAV
     */
    Path say(String voice, int wpm, String text) throws IOException, InterruptedException {
        if (voice.startsWith("en-gb+")) {
            throw new IllegalArgumentException(voice + " is plain en-gb to espeak-ng; write en+" + voice.substring(6));
        }
        Path raw = next("raw");
        run("espeak-ng", "-v", voice, "-s", Integer.toString(wpm), "-w", raw.toString(), text);
        Path wav = next("say");
        run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        return wav;
    }

    /** @return {@code seconds} of digital silence, 16 kHz mono 16-bit */
    Path silence(double seconds) throws IOException, InterruptedException {
        Path wav = next("silence");
        run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", wav.toString(), "trim", "0", Double.toString(seconds));
        return wav;
    }

    /** @return the recordings one after the other, 16 kHz mono 16-bit */
    Path join(Path... parts) throws IOException, InterruptedException {
        return join(List.of(parts));
    }

    /** @return the recordings one after the other, 16 kHz mono 16-bit */
    Path join(List<Path> parts) throws IOException, InterruptedException {
        Path wav = next("joined");
        List<String> command = new ArrayList<>();
        command.add("sox");
        parts.forEach(p -> command.add(p.toString()));
        command.add(wav.toString());
        run(command.toArray(String[]::new));
        return wav;
    }

    /** Runs sox with arguments; the last one is normally the output. */
    void sox(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "sox";
        System.arraycopy(args, 0, command, 1, args.length);
        run(command);
    }

    /** @return a new file name in the folder */
    Path next(String name) {
        return folder.resolve(name + "-" + (++counter) + ".wav");
    }

    /** @return the raw samples of a 16 kHz mono 16-bit WAV written by sox (its 44-byte header skipped) */
    static byte[] pcm(Path wav) throws IOException {
        byte[] all = Files.readAllBytes(wav);
        int at = 12;
        while (at + 8 <= all.length) {
            String id = new String(all, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int size = (all[at + 4] & 0xff) | (all[at + 5] & 0xff) << 8 | (all[at + 6] & 0xff) << 16
                    | (all[at + 7] & 0xff) << 24;
            if (id.equals("data")) {
                return java.util.Arrays.copyOfRange(all, at + 8, Math.min(all.length, at + 8 + size));
            }
            at += 8 + size;
        }
        throw new IOException("no data chunk in " + wav);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output
                    + " (scripts/install-test-deps installs espeak-ng and sox)");
        }
    }
}
