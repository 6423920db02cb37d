package io.landline.automation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The system clock in the machine's zone, and one thread that starts scheduled tasks. */
@Component(service = Scheduler.class)
public class SystemScheduler implements Scheduler {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "landline-schedules");
        thread.setDaemon(true);
        return thread;
    });
    private final Scheduler real = new Scheduler.Real(Clock.systemDefaultZone(), executor);

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public Clock clock() {
        return real.clock();
    }

    @Override
    public AutoCloseable at(Instant when, Runnable task) {
        return real.at(when, task);
    }
}
