package io.landline.api.automation;

import java.time.Instant;
import java.util.Map;

/**
 * A trigger fired.
 *
 * @param type the trigger type's id
 * @param at   when it fired
 * @param data what it carries, for conditions and action templates (a caller's number, a webhook's JSON)
 */
public record TriggerEvent(String type, Instant at, Map<String, Object> data) {

    /** Copies the data. */
    public TriggerEvent {
        data = Map.copyOf(data);
    }
}
