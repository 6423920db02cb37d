package io.landline.console.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Reads standard input on one thread for the bundle's lifetime. The console takes lines from here rather than
 * reading stdin itself, so a console that is restarted (its dependencies swapped) never leaves a second reader
 * behind to steal lines. Only started when the launcher asked for an interactive console.
 */
@Component(service = StdinLines.class, enabled = false)
public class StdinLines {

    /** Marks the end of input. */
    private static final String END = new String("\u0004");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @Activate
    void activate() {
        Thread reader = new Thread(this::read, "landline-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // standard input closed: treated as the end of input
        }
        lines.add(END);
    }

    /**
     * @param millis how long to wait
     * @return the next line; empty when none came in time
     * @throws InterruptedException when interrupted
     * @throws java.io.EOFException  when input has ended
     */
    Optional<String> next(long millis) throws InterruptedException, java.io.EOFException {
        String line = lines.poll(millis, TimeUnit.MILLISECONDS);
        if (line == END) {
            lines.add(END);
            throw new java.io.EOFException();
        }
        return Optional.ofNullable(line);
    }
}
