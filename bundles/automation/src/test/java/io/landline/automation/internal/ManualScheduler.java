package io.landline.automation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose time only moves when a test says so; due tasks run on the test's thread. */
final class ManualScheduler implements Scheduler {

    private record Task(Instant when, Runnable task, long order) {
    }

    private final ZoneId zone;
    private Instant now;
    private final List<Task> tasks = new ArrayList<>();
    private long order;

    ManualScheduler(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public synchronized Clock clock() {
        return Clock.fixed(now, zone);
    }

    @Override
    public synchronized AutoCloseable at(Instant when, Runnable task) {
        Task t = new Task(when, task, order++);
        tasks.add(t);
        return () -> {
            synchronized (this) {
                tasks.remove(t);
            }
        };
    }

    /** Moves time forward, running every task that falls due on the way, in time order. */
    void advance(Duration duration) {
        Instant end = now.plus(duration);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.when().isAfter(end))
                        .min(Comparator.comparing(Task::when).thenComparing(Task::order)).orElse(null);
                if (next == null) {
                    now = end;
                    return;
                }
                tasks.remove(next);
                if (next.when().isAfter(now)) {
                    now = next.when();
                }
            }
            next.task().run();
        }
    }

    synchronized int pending() {
        return tasks.size();
    }
}
