package io.landline.automation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last runs of every rule with their outcome, kept in memory and appended to
 * {@code data/automation/history.log} so {@code landline rules history} shows them from another process too.
 * Bounded in memory; the file is rewritten to the bound when it grows past twice that.
 */
final class History {

    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    /** How a run ended. */
    enum Outcome {
        OK, SKIPPED, FAILED, DROPPED
    }

    /**
     * One run.
     *
     * @param at       when the trigger fired
     * @param rule     the rule's id
     * @param trigger  the trigger type
     * @param outcome  how it ended
     * @param millis   how long the actions took
     * @param message  what was done or why not; already redacted
     */
    record Run(Instant at, String rule, String trigger, Outcome outcome, long millis, String message) {

        String line() {
            return at + "\t" + rule + "\t" + trigger + "\t" + outcome + "\t" + millis + "\t"
                    + message.replace('\n', ' ').replace('\t', ' ');
        }

        static Run parse(String line) {
            String[] f = line.split("\t", 6);
            return new Run(Instant.parse(f[0]), f[1], f[2], Outcome.valueOf(f[3]), Long.parseLong(f[4]), f[5]);
        }
    }

    private final int limit;
    private final Path file;
    private final Deque<Run> runs = new ArrayDeque<>();
    private int appended;

    /**
     * @param limit how many runs to keep
     * @param file  where to keep them, or null for memory only
     */
    History(int limit, Path file) {
        this.limit = limit;
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    try {
                        add(Run.parse(line));
                    } catch (RuntimeException e) {
                        // a line torn by a crash; the others are still good
                    }
                }
            } catch (IOException e) {
                LOG.warn("cannot read the rule history {}: {}", file, e.getMessage());
            }
        }
    }

    synchronized void record(Run run) {
        add(run);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            if (++appended > limit) {
                List<String> lines = runs.stream().map(Run::line).toList();
                Files.write(file, lines, StandardCharsets.UTF_8);
                appended = 0;
            } else {
                Files.writeString(file, run.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            LOG.warn("cannot write the rule history {}: {}", file, e.getMessage());
        }
    }

    private void add(Run run) {
        runs.addLast(run);
        while (runs.size() > limit) {
            runs.removeFirst();
        }
    }

    /** @return the runs, oldest first */
    synchronized List<Run> runs() {
        return new ArrayList<>(runs);
    }
}
