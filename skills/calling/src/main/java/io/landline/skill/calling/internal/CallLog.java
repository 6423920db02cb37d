package io.landline.skill.calling.internal;

import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallHistory;
import io.landline.api.telephony.CallRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The call log: one tab-separated line per call in {@code data/calls/calls.tsv} (time, direction, number, contact,
 * duration in seconds, outcome, site). No audio, ever. Entries older than the retention are dropped whenever the
 * log is read or written; {@link #deleteAll()} removes the file.
 */
final class CallLog implements CallHistory {

    private final Path file;
    private final Duration retention;
    private final Clock clock;

    CallLog(Path file, Duration retention, Clock clock) {
        this.file = file;
        this.retention = retention;
        this.clock = clock;
    }

    synchronized void add(CallRecord record) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line(record) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the call log " + file, e);
        }
        purge();
    }

    @Override
    public synchronized List<CallRecord> entries() {
        purge();
        List<CallRecord> records = read();
        records.sort(Comparator.comparing(CallRecord::time).reversed());
        return records;
    }

    @Override
    public synchronized int deleteAll() {
        int count = read().size();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the call log " + file, e);
        }
        return count;
    }

    /** Drops entries older than the retention, rewriting the file atomically. */
    synchronized void purge() {
        List<CallRecord> records = read();
        Instant oldest = clock.instant().minus(retention);
        List<CallRecord> kept = records.stream().filter(r -> !r.time().isBefore(oldest)).toList();
        if (kept.size() == records.size()) {
            return;
        }
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            StringBuilder text = new StringBuilder();
            kept.forEach(r -> text.append(line(r)).append('\n'));
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the call log " + file, e);
        }
    }

    private List<CallRecord> read() {
        List<CallRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    continue;
                }
                try {
                    records.add(new CallRecord(Instant.parse(f[0]), Call.Direction.valueOf(f[1]), f[2], f[3],
                            Duration.ofSeconds(Long.parseLong(f[4])), f[5], f[6]));
                } catch (RuntimeException corrupt) {
                    // a line damaged by hand-editing is skipped, the rest of the log is kept
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the call log " + file, e);
        }
        return records;
    }

    private static String line(CallRecord r) {
        return String.join("\t", r.time().toString(), r.direction().name(), clean(r.number()), clean(r.contact()),
                Long.toString(r.duration().toSeconds()), clean(r.outcome()), clean(r.site()));
    }

    private static String clean(String field) {
        return field == null ? "" : field.replaceAll("[\\t\\r\\n]", " ");
    }
}
