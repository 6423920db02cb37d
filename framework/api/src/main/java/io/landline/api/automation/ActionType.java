package io.landline.api.automation;

import java.util.Map;

/** A kind of action: say, call, HTTP request. A service; bundles may add their own. */
public interface ActionType {

    /** @return the id rules use, for example {@code say} or {@code http} */
    String id();

    /**
     * Runs the action.
     *
     * @param config the rule's action settings
     * @param event  the trigger event, for templates
     * @return a short description of what was done, for the rule history
     * @throws AutomationException when the action fails, with a message for the history
     */
    String run(Map<String, Object> config, TriggerEvent event) throws AutomationException;
}
