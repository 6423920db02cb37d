package io.landline.automation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time for schedules and conditions: a clock and a way to run something at an instant. Tests use
 * {@link ManualScheduler} and move time forward instead of waiting for it.
 */
interface Scheduler {

    /** @return the clock (its zone is the household's) */
    Clock clock();

    /**
     * @param when the instant to run at; a past one runs now
     * @param task what to run
     * @return cancels the task
     */
    AutoCloseable at(Instant when, Runnable task);

    /** Runs tasks on a scheduled executor against the system clock. */
    final class Real implements Scheduler {
        private final Clock clock;
        private final ScheduledExecutorService executor;

        Real(Clock clock, ScheduledExecutorService executor) {
            this.clock = clock;
            this.executor = executor;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public AutoCloseable at(Instant when, Runnable task) {
            long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
            ScheduledFuture<?> future = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        }
    }
}
