package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cron}: a repeating schedule, {@code cron: "0 7 * * 1-5"} (see {@link Cron}), in the household's time
 * zone. Each firing schedules the next, so a changed clock or zone is picked up at the next firing. Data:
 * {@code time}, {@code date}, {@code schedule}.
 */
@Component(service = TriggerType.class)
public class CronTrigger implements TriggerType {

    private final Scheduler scheduler;

    /** @param scheduler the clock and timer */
    @Activate
    public CronTrigger(@Reference Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public String id() {
        return "cron";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException {
        Cron cron;
        try {
            cron = Cron.parse(new Settings("a cron trigger", config).required("schedule", true));
        } catch (IllegalArgumentException e) {
            throw new AutomationException(e.getMessage());
        }
        Repeating repeating = new Repeating(cron, fire);
        repeating.scheduleNext();
        return repeating;
    }

    /** One rule's schedule. */
    private final class Repeating implements AutoCloseable {
        private final Cron cron;
        private final Consumer<TriggerEvent> fire;
        private AutoCloseable pending;
        private boolean closed;

        Repeating(Cron cron, Consumer<TriggerEvent> fire) {
            this.cron = cron;
            this.fire = fire;
        }

        synchronized void scheduleNext() {
            if (closed) {
                return;
            }
            ZonedDateTime next = cron.next(ZonedDateTime.now(scheduler.clock()));
            pending = scheduler.at(next.toInstant(), () -> {
                fire.accept(new TriggerEvent("cron", next.toInstant(), Map.of("time",
                        next.toLocalTime().toString(), "date", next.toLocalDate().toString(), "schedule",
                        cron.toString())));
                scheduleNext();
            });
        }

        @Override
        public synchronized void close() throws Exception {
            closed = true;
            if (pending != null) {
                pending.close();
            }
        }
    }
}
