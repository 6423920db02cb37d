package io.landline.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The assembled product, run as a user runs it: {@code bin/landline} in its own copy of the distribution folder,
 * typed lines on standard input, answers read from standard output. Waits are for a line, with a deadline; a
 * failed wait shows everything the process printed.
 */
public final class LandlineProcess implements AutoCloseable {

    private static final String END = new String("end of output");

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    private final Path home;

    private LandlineProcess(Path home, Process process) {
        this.home = home;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pump(process.getInputStream(), "", true);
        pump(process.getErrorStream(), "stderr: ", false);
    }

    /** @return the assembled distribution, {@code distribution/target/landline} */
    public static Path distribution() {
        return Path.of(System.getProperty("landline.dist", "target/landline"));
    }

    /** @return the fixture bundles built for tests, {@code distribution/target/fixtures} */
    public static Path fixtures() {
        return Path.of(System.getProperty("landline.fixtures", "target/fixtures"));
    }

    /**
     * Copies the distribution into a folder of its own, so a test can change {@code etc/} and {@code deploy/}
     * freely.
     *
     * @param folder an empty folder, usually a JUnit {@code @TempDir}
     * @return the new home
     * @throws IOException when copying fails
     */
    public static Path copyOfDistribution(Path folder) throws IOException {
        Path source = distribution();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path target = folder.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return folder;
    }

    /**
     * Starts {@code bin/landline} with arguments in a home folder.
     *
     * @param home a copy of the distribution
     * @param args the command line; none for the interactive console
     * @return the running process
     * @throws IOException when it cannot start
     */
    public static LandlineProcess start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/landline").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new LandlineProcess(home, builder.start());
    }

    /** @return the process's home folder */
    public Path home() {
        return home;
    }

    /** @return the operating-system process */
    public Process process() {
        return process;
    }

    /**
     * Types a line into the console.
     *
     * @param line the line, without newline
     */
    public void send(String line) {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the console is gone; output so far:\n" + transcript(), e);
        }
    }

    /** Closes standard input, which ends the console. */
    public void closeInput() throws IOException {
        stdin.close();
    }

    /**
     * Waits for a line on standard output (or standard error, prefixed {@code "stderr: "}) that matches, consuming
     * the lines before it.
     *
     * @param match   what to wait for
     * @param timeout how long at most
     * @return the matching line
     * @throws AssertionError naming the whole output when no line matched in time
     */
    public String await(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no matching line within " + timeout + "; output:\n" + transcript()
                        + "\n--- data/log/landline.log (last lines):\n" + logTail());
            }
            if (line == END) {
                lines.add(END);
                throw new AssertionError("the process ended without a matching line; output:\n" + transcript());
            }
            if (match.test(line)) {
                return line;
            }
        }
    }

    /**
     * Waits for a line that contains a text.
     *
     * @param text the text
     * @return the line
     */
    public String awaitContaining(String text) throws InterruptedException {
        return await(line -> line.contains(text), Duration.ofSeconds(30));
    }

    /**
     * Waits for lines containing each of the texts, in any order: for things that happen at once, such as an
     * asynchronous notice and an answer.
     *
     * @param texts the texts
     * @return the matching lines, in the order of the texts
     */
    public List<String> awaitAll(String... texts) throws InterruptedException {
        String[] found = new String[texts.length];
        int missing = texts.length;
        while (missing > 0) {
            String line = await(l -> List.of(texts).stream().anyMatch(l::contains), Duration.ofSeconds(30));
            for (int i = 0; i < texts.length; i++) {
                if (found[i] == null && line.contains(texts[i])) {
                    found[i] = line;
                    missing--;
                }
            }
        }
        return List.of(found);
    }

    /**
     * Types a line and waits for the next line on standard output, skipping blank lines and notices in
     * parentheses.
     *
     * @param line what to type
     * @return the answer
     */
    public String ask(String line) throws InterruptedException {
        send(line);
        return await(l -> !l.isBlank() && !l.startsWith("stderr: ") && !l.startsWith("("), Duration.ofSeconds(30));
    }

    /**
     * @param timeout how long at most
     * @return the exit code
     * @throws AssertionError when the process has not ended in time
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + "; output:\n" + transcript());
        }
        return process.exitValue();
    }

    /** @return the last lines of the runtime's log file, for failure messages */
    public String logTail() {
        try {
            List<String> log = Files.readAllLines(home.resolve("data/log/landline.log"));
            return String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** @return everything printed so far */
    public String transcript() {
        synchronized (transcript) {
            return String.join("\n", transcript);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            stdin.close();
        } catch (IOException e) {
            // already closed
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void pump(InputStream stream, String prefix, boolean marksEnd) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    transcript.add(prefix + line);
                    lines.add(prefix + line);
                }
            } catch (IOException e) {
                // the process ended
            }
            if (marksEnd) {
                lines.add(END);
            }
        }, "landline-output");
        reader.setDaemon(true);
        reader.start();
    }
}
