package io.landline.automation.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML rule file. Either one rule (a map with {@code when} and {@code then}), a list of rules, or a map
 * with a {@code rules} list. A trigger or action is a map whose first key is its type:
 *
 * <pre>
 * id: good-night
 * when: { phrase: "good night" }
 * if:
 *   - time: "20:00-03:00"
 * then:
 *   - say: "Sleep well."
 *   - http: { method: POST, url: "http://lights.local/off" }
 * </pre>
 *
 * Only the YAML node tree is used (no object construction), so a rule file cannot instantiate Java classes; every
 * error names its line.
 */
final class RuleParser {

    private static final Set<String> RULE_KEYS = Set.of("id", "name", "enabled", "when", "if", "then");

    private final Map<Object, Integer> lines = new IdentityHashMap<>();
    private final String file;

    private RuleParser(String file) {
        this.file = file;
    }

    /**
     * @param file   the file name, for rule ids and messages
     * @param reader the file's text
     * @return its rules
     * @throws RuleFileException naming the line of the first error
     */
    static List<Rule> parse(String file, Reader reader) throws RuleFileException {
        return new RuleParser(file).parse(reader);
    }

    private List<Rule> parse(Reader reader) throws RuleFileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1_000_000);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (problem.contains("<stream end>") && e.getContextMark() != null) {
                // Found only at the end of the file: name the line where the unclosed thing was opened.
                mark = e.getContextMark();
                problem = problem + " (" + e.getContext() + " is never closed)";
            }
            throw new RuleFileException(mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + problem);
        } catch (YAMLException e) {
            throw new RuleFileException(1, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return List.of();
        }
        Object document = convert(root);
        List<?> items;
        if (document instanceof Map<?, ?> map && map.containsKey("rules") && !map.containsKey("when")) {
            if (!(map.get("rules") instanceof List<?> list)) {
                throw new RuleFileException(line(map), "'rules' must be a list of rules");
            }
            items = list;
        } else if (document instanceof Map<?, ?> map) {
            items = List.of(map);
        } else if (document instanceof List<?> list) {
            items = list;
        } else {
            throw new RuleFileException(1, "a rule file holds a rule (when ... then ...) or a list of rules");
        }
        List<Rule> rules = new ArrayList<>();
        String base = file.replaceFirst("\\.ya?ml$", "");
        for (int i = 0; i < items.size(); i++) {
            String defaultId = items.size() == 1 ? base : base + "-" + (i + 1);
            rules.add(rule(items.get(i), defaultId));
        }
        return rules;
    }

    private Rule rule(Object item, String defaultId) throws RuleFileException {
        if (!(item instanceof Map<?, ?> map)) {
            throw new RuleFileException(line(item), "a rule is a map with 'when' and 'then'");
        }
        int line = line(map);
        for (Object key : map.keySet()) {
            if (!RULE_KEYS.contains(String.valueOf(key))) {
                throw new RuleFileException(line, "unknown key '" + key + "' in a rule; use id, name, enabled, "
                        + "when, if, then");
            }
        }
        String id = map.containsKey("id") ? String.valueOf(map.get("id")).strip() : defaultId;
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new RuleFileException(line, "the rule id '" + id
                    + "' may only have letters, digits, '.', '_' and '-' (it is part of its webhook URL)");
        }
        if (!map.containsKey("when")) {
            throw new RuleFileException(line, "rule '" + id + "' has no 'when' (its trigger)");
        }
        Rule.Step trigger = step(map.get("when"), "trigger", line);
        List<Condition> conditions = conditions(map.get("if"), line);
        Object then = map.get("then");
        if (then == null) {
            throw new RuleFileException(line, "rule '" + id + "' has no 'then' (its actions)");
        }
        List<?> steps = then instanceof List<?> list ? list : List.of(then);
        if (steps.isEmpty()) {
            throw new RuleFileException(line(then), "rule '" + id + "' has no actions under 'then'");
        }
        List<Rule.Step> actions = new ArrayList<>();
        for (Object step : steps) {
            actions.add(step(step, "action", line(then, line)));
        }
        boolean enabled = !Boolean.FALSE.equals(map.get("enabled"));
        return new Rule(id, file, line, trigger, conditions, actions, enabled);
    }

    private Rule.Step step(Object value, String what, int near) throws RuleFileException {
        int line = line(value, near);
        if (value instanceof String type && !type.isBlank()) {
            return new Rule.Step(type.strip(), Map.of(), line);
        }
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new RuleFileException(line, "a " + what + " is written as 'type: setting' or "
                    + "'type: {settings}', for example " + (what.equals("trigger") ? "phrase: good night" : "say: hello"));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        String type;
        if (map.containsKey("type")) {
            type = String.valueOf(map.get("type"));
            map.forEach((k, v) -> config.put(String.valueOf(k), v));
            config.remove("type");
        } else {
            Map.Entry<?, ?> first = map.entrySet().iterator().next();
            type = String.valueOf(first.getKey());
            if (first.getValue() instanceof Map<?, ?> settings) {
                settings.forEach((k, v) -> config.put(String.valueOf(k), v));
            } else if (first.getValue() != null) {
                config.put(Rule.Step.VALUE, first.getValue());
            }
            map.entrySet().stream().skip(1).forEach(e -> config.put(String.valueOf(e.getKey()), e.getValue()));
        }
        return new Rule.Step(type.strip().toLowerCase(Locale.ROOT), config, line);
    }

    private List<Condition> conditions(Object value, int near) throws RuleFileException {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<Condition> conditions = new ArrayList<>();
        for (Object item : items) {
            int line = line(item, line(value, near));
            if (!(item instanceof Map<?, ?> map)) {
                throw new RuleFileException(line, "a condition is written as 'kind: value', for example "
                        + "time: 22:00-07:00");
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                try {
                    conditions.add(Condition.of(String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT),
                            entry.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new RuleFileException(line, e.getMessage());
                }
            }
        }
        return conditions;
    }

    private int line(Object value) {
        return line(value, 1);
    }

    private int line(Object value, int fallback) {
        Integer line = value == null ? null : lines.get(value);
        return line == null ? fallback : line;
    }

    private Object convert(Node node) throws RuleFileException {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new RuleFileException(tuple.getKeyNode().getStartMark().getLine() + 1,
                            "keys must be plain words");
                }
                if (map.containsKey(key.getValue())) {
                    throw new RuleFileException(key.getStartMark().getLine() + 1,
                            "duplicate key '" + key.getValue() + "'");
                }
                map.put(key.getValue(), convert(tuple.getValueNode()));
            }
            lines.put(map, line);
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(convert(item));
            }
            lines.put(list, line);
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Set.of("true", "yes", "on", "y").contains(text.toLowerCase(Locale.ROOT));
        }
        if (Tag.INT.equals(tag) && text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        if (Tag.FLOAT.equals(tag) && text.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(text);
        }
        // Everything else stays text as written: "7:30" is a time here, not YAML 1.1's base-60 number 450.
        String copy = new String(text);
        lines.put(copy, line);
        return copy;
    }

    /** A rule file that cannot be used, with the line of the problem. */
    static final class RuleFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        RuleFileException(int line, String message) {
            super(message);
            this.line = line;
        }

        /** @return the 1-based line */
        int line() {
            return line;
        }
    }
}
