package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.event.Topics;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.osgi.service.event.Event;

/**
 * Shared plumbing of triggers fed by EventAdmin events: a set of watches, each with a kind, and event properties
 * copied into the trigger data.
 */
final class EventTriggers {

    /** One rule's watch: which kind of event and an optional name filter. */
    record Watch(String kind, String name, Consumer<TriggerEvent> fire) {
    }

    private final String type;
    private final Set<String> kinds;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();

    EventTriggers(String type, Set<String> kinds) {
        this.type = type;
        this.kinds = kinds;
    }

    AutoCloseable add(Map<String, Object> config, Consumer<TriggerEvent> fire, String defaultKind)
            throws AutomationException {
        Settings settings = new Settings("a " + type + " trigger", config);
        String kind = settings.text("on", true);
        kind = (kind == null ? defaultKind : kind).strip().toLowerCase(Locale.ROOT);
        if (!kinds.contains(kind)) {
            throw new AutomationException("a " + type + " trigger is one of " + String.join(", ", kinds.stream()
                    .sorted().toList()) + ", not '" + kind + "'");
        }
        Watch watch = new Watch(kind, settings.text("name", (String) null), fire);
        watches.add(watch);
        return () -> watches.remove(watch);
    }

    void fire(String kind, Event event) {
        Map<String, Object> data = new HashMap<>();
        for (String key : event.getPropertyNames()) {
            Object value = event.getProperty(key);
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                data.put(key, value);
            }
        }
        data.remove("event.topics");
        fire(kind, data);
    }

    void fire(String kind, Map<String, Object> data) {
        TriggerEvent trigger = null;
        for (Watch watch : watches) {
            if (!watch.kind().equals(kind)) {
                continue;
            }
            if (watch.name() != null && !watch.name().equalsIgnoreCase(String.valueOf(data.get(Topics.NAME)))) {
                continue;
            }
            if (trigger == null) {
                Map<String, Object> copy = new HashMap<>(data);
                copy.put("event", kind);
                trigger = new TriggerEvent(type, clock.instant(), copy);
            }
            watch.fire().accept(trigger);
        }
    }

    boolean isEmpty() {
        return watches.isEmpty();
    }
}
