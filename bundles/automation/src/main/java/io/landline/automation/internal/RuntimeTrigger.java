package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.event.Topics;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * {@code runtime}: {@code started} (the runtime finished starting; a rule file loaded in the first seconds after
 * that still gets it, since rule files hot-load), {@code engine-changed} (an engine was swapped: data
 * {@code stage}, {@code engine}, {@code previous}) or {@code problem} (a bundle or file has a problem: data
 * {@code source}, {@code message}). Problems of rule files themselves do not fire it, so a failing rule cannot
 * set itself off in a loop.
 */
@Component(service = { TriggerType.class, EventHandler.class }, property = {
        EventConstants.EVENT_TOPIC + "=" + Topics.ENGINE_CHANGED,
        EventConstants.EVENT_TOPIC + "=" + Topics.PROBLEM_REPORTED })
public class RuntimeTrigger implements TriggerType, EventHandler, FrameworkListener {

    /** How long after the start a newly loaded "started" rule still fires. */
    static final long LATE_START_MILLIS = 15_000;

    private final EventTriggers triggers = new EventTriggers("runtime", Set.of("started", "engine-changed",
            "problem"));
    private final BundleContext context;
    private volatile long startedAt;

    /** @param context to hear when the framework has started */
    @Activate
    public RuntimeTrigger(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        if (context.getBundle(0).getState() == Bundle.ACTIVE) {
            startedAt = System.currentTimeMillis();
        }
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
    }

    @Override
    public String id() {
        return "runtime";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException {
        AutoCloseable watch = triggers.add(config, fire, "started");
        String kind = String.valueOf(config.getOrDefault("on", config.getOrDefault(Rule.Step.VALUE, "started")));
        long started = startedAt;
        if (kind.equalsIgnoreCase("started") && started > 0
                && System.currentTimeMillis() - started < LATE_START_MILLIS) {
            fire.accept(new TriggerEvent("runtime", java.time.Instant.ofEpochMilli(started),
                    Map.of("event", "started")));
        }
        return watch;
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED && startedAt == 0) {
            startedAt = System.currentTimeMillis();
            triggers.fire("started", Map.of());
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getTopic().equals(Topics.ENGINE_CHANGED)) {
            triggers.fire("engine-changed", event);
        } else if (!String.valueOf(event.getProperty(Topics.SOURCE)).startsWith("rules/")) {
            triggers.fire("problem", event);
        }
    }
}
