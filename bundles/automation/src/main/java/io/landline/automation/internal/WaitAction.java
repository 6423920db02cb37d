package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import java.time.Duration;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** {@code wait: 2s}: pauses the rule between two actions (at most an hour). Runs on the rule's own worker. */
@Component(service = ActionType.class)
public class WaitAction implements ActionType {

    static final Duration MAX = Duration.ofHours(1);

    @Override
    public String id() {
        return "wait";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        Duration duration = Settings.duration(new Settings("a wait action", config).required("for", true));
        if (duration.isNegative() || duration.compareTo(MAX) > 0) {
            throw new AutomationException("a wait is between 0 and 1h, not " + duration);
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutomationException("the wait was interrupted (the runtime is stopping)");
        }
        return "waited " + duration.toMillis() + " ms";
    }
}
