package io.landline.automation.internal;

import java.util.List;
import java.util.Map;

/**
 * One automation: when the trigger fires and every condition holds, run the actions in order.
 *
 * @param id         unique among all rule files; used by {@code rules enable|disable|run} and webhook URLs
 * @param file       the rule file's name, for messages
 * @param line       the rule's line in that file
 * @param trigger    what sets it off
 * @param conditions what must hold, all of them
 * @param actions    what to do, in order
 * @param enabled    whether it starts enabled ({@code rules enable|disable} overrides this)
 */
record Rule(String id, String file, int line, Step trigger, List<Condition> conditions, List<Step> actions,
        boolean enabled) {

    Rule {
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    /** @return where the rule is, for messages: {@code rules/night.yaml line 3} */
    String where() {
        return "rules/" + file + " line " + line;
    }

    /**
     * A trigger or an action as written in the rule file.
     *
     * @param type   the trigger or action type id
     * @param config its settings; a plain value is under {@code value}
     * @param line   its line in the file
     */
    record Step(String type, Map<String, Object> config, int line) {

        /** The key a plain value goes under: {@code say: "hello"} is {@code {value: "hello"}}. */
        static final String VALUE = "value";
    }
}
