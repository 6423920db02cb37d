package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code at}: a one-off time. {@code at: "2026-12-24T18:00"} fires once at that local date and time (a time in
 * the past is an error); {@code at: "18:30"} fires at the next 18:30, once per start of the runtime. Data:
 * {@code time}, {@code date}.
 */
@Component(service = TriggerType.class)
public class AtTrigger implements TriggerType {

    private final Scheduler scheduler;

    /** @param scheduler the clock and timer */
    @Activate
    public AtTrigger(@Reference Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public String id() {
        return "at";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException {
        String text = new Settings("an 'at' trigger", config).required("time", true).strip();
        ZonedDateTime now = ZonedDateTime.now(scheduler.clock());
        ZonedDateTime when;
        try {
            if (text.contains("T") || text.contains(" ") && text.length() > 8) {
                when = LocalDateTime.parse(text.replace(' ', 'T')).atZone(now.getZone());
                if (!when.isAfter(now)) {
                    throw new AutomationException("the time " + text + " has already passed");
                }
            } else {
                LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
                when = now.with(time);
                if (!when.isAfter(now)) {
                    when = when.plusDays(1);
                }
            }
        } catch (DateTimeParseException e) {
            throw new AutomationException("'" + text + "' is not a time; write 18:30 or 2026-12-24T18:00");
        }
        ZonedDateTime at = when;
        return scheduler.at(at.toInstant(), () -> fire.accept(new TriggerEvent("at", at.toInstant(),
                Map.of("time", at.toLocalTime().toString(), "date", at.toLocalDate().toString()))));
    }
}
