package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.event.Topics;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * {@code timer}: a timer or alarm is done ({@link Topics#TIMER_DONE}, posted by the skill that owns timers).
 * {@code timer: done}, optionally {@code name: tea} for one timer only. Data: {@code site}, {@code name}.
 */
@Component(service = { TriggerType.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + Topics.TIMER_DONE)
public class TimerTrigger implements TriggerType, EventHandler {

    private final EventTriggers triggers = new EventTriggers("timer", Set.of("done"));

    @Override
    public String id() {
        return "timer";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException {
        return triggers.add(config, fire, "done");
    }

    @Override
    public void handleEvent(Event event) {
        triggers.fire("done", event);
    }
}
