package io.landline.api.automation;

import java.util.Map;
import java.util.function.Consumer;

/** A kind of trigger: a phrase, a time, a call, a webhook. A service; bundles may add their own. */
public interface TriggerType {

    /** @return the id rules use, for example {@code phrase} or {@code cron} */
    String id();

    /**
     * Starts watching for one rule.
     *
     * @param config the rule's trigger settings
     * @param fire   called each time the trigger fires
     * @return closes the watch
     * @throws AutomationException when the settings are invalid
     */
    AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException;
}
