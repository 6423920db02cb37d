package io.landline.skill.builtin.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running timers and alarms, saved to a properties file on every change (written to a temporary file and
 * moved, so a crash never leaves half a file) and scheduled on one daemon thread.
 */
final class Timers {

    private static final Logger LOG = LoggerFactory.getLogger(Timers.class);

    enum Kind { TIMER, ALARM }

    record Entry(Kind kind, String label, Instant due, String site) {
    }

    /** Says a due timer on a site. */
    @FunctionalInterface
    interface Announcer {
        /** @return false when nothing can speak yet (the dialog service is not there), to try again shortly */
        boolean announce(String site, String text);
    }

    /** How often, a second apart, a due timer is retried while nothing can speak (at startup). */
    static final int ANNOUNCE_ATTEMPTS = 30;

    private final Clock clock;
    private final Path file;
    private final Announcer announcer;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final Map<String, ScheduledFuture<?>> scheduled = new TreeMap<>();
    private ScheduledExecutorService executor;
    private volatile java.util.function.Consumer<Entry> onDue = entry -> { };

    Timers(Clock clock, Path file, Announcer announcer) {
        this.clock = clock;
        this.file = file;
        this.announcer = announcer;
    }

    /** @param listener told of every timer or alarm that is due, before it is announced (for automations) */
    void onDue(java.util.function.Consumer<Entry> listener) {
        this.onDue = listener;
    }

    Instant now() {
        return clock.instant();
    }

    synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "landline-timers");
            thread.setDaemon(true);
            return thread;
        });
        load();
        entries.values().forEach(this::schedule);
    }

    synchronized void stop() {
        executor.shutdownNow();
    }

    synchronized void set(Kind kind, String label, Instant due, String site) {
        cancelSchedule(label);
        Entry entry = new Entry(kind, label, due, site);
        entries.put(label, entry);
        schedule(entry);
        save();
    }

    synchronized Optional<Entry> get(String label) {
        return Optional.ofNullable(entries.get(label));
    }

    /** @return the entry whose label is the name, or the name's timer, or an alarm that mentions it */
    synchronized Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name + " timer")).or(() -> Optional.ofNullable(entries.get(name)))
                .or(() -> entries.values().stream().filter(e -> e.label().contains(name)).findFirst());
    }

    synchronized Optional<Entry> soonest(Kind kind) {
        return entries.values().stream().filter(e -> kind == null || e.kind() == kind)
                .min(Comparator.comparing(Entry::due));
    }

    synchronized List<Entry> all() {
        List<Entry> all = new ArrayList<>(entries.values());
        all.sort(Comparator.comparing(Entry::due));
        return all;
    }

    synchronized void cancel(String label) {
        cancelSchedule(label);
        entries.remove(label);
        save();
    }

    private void cancelSchedule(String label) {
        ScheduledFuture<?> future = scheduled.remove(label);
        if (future != null) {
            future.cancel(false);
        }
    }

    private void schedule(Entry entry) {
        long delay = Math.max(0, Duration.between(clock.instant(), entry.due()).toMillis());
        scheduled.put(entry.label(), executor.schedule(() -> due(entry), delay, TimeUnit.MILLISECONDS));
    }

    private void due(Entry entry) {
        synchronized (this) {
            if (!entry.equals(entries.get(entry.label()))) {
                return;
            }
            entries.remove(entry.label());
            scheduled.remove(entry.label());
            save();
        }
        String text = entry.kind() == Kind.ALARM ? "Wake up! It's your " + entry.label() + "."
                : "Your " + entry.label() + " is done.";
        try {
            onDue.accept(entry);
        } catch (RuntimeException e) {
            LOG.warn("could not tell that {} is due: {}", entry.label(), e.toString());
        }
        announce(entry, text, ANNOUNCE_ATTEMPTS);
    }

    private void announce(Entry entry, String text, int attempts) {
        boolean said;
        try {
            said = announcer.announce(entry.site(), text);
        } catch (RuntimeException e) {
            LOG.warn("could not announce {}: {}", entry.label(), e.toString());
            return;
        }
        if (!said && attempts > 1) {
            // Timers that came due while Landline was off fire at startup, maybe before the dialog service is up.
            synchronized (this) {
                if (!executor.isShutdown()) {
                    executor.schedule(() -> announce(entry, text, attempts - 1), 1, TimeUnit.SECONDS);
                }
            }
        } else if (!said) {
            LOG.warn("nothing could announce {} on {}", entry.label(), entry.site());
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read {}: {}; timers start empty", file, e.toString());
            return;
        }
        for (String label : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(label).split("\\|", 3);
            try {
                entries.put(label, new Entry(Kind.valueOf(parts[0]), label, Instant.parse(parts[1]), parts[2]));
            } catch (RuntimeException e) {
                LOG.warn("ignoring malformed timer {} in {}", label, file);
            }
        }
    }

    private void save() {
        Properties properties = new Properties();
        entries.values().forEach(e -> properties.setProperty(e.label(), e.kind() + "|" + e.due() + "|" + e.site()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Landline timers and alarms: label = kind|due|site");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save timers to {}: {}", file, e.toString());
        }
    }

    /** @return a duration as people say it: "8 minutes", "1 hour and 30 minutes", "45 seconds" */
    static String say(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds() + (duration.toMillisPart() >= 500 ? 1 : 0));
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        List<String> parts = new ArrayList<>();
        if (hours > 0) {
            parts.add(hours + (hours == 1 ? " hour" : " hours"));
        }
        if (minutes > 0) {
            parts.add(minutes + (minutes == 1 ? " minute" : " minutes"));
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(rest + (rest == 1 ? " second" : " seconds"));
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
