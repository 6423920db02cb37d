package io.landline.automation.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders from a trigger's data. Dotted names reach into nested data
 * ({@code {{json.temperature}}} of a webhook); unknown names become empty text, so a rule never fails on a
 * missing value. Deliberately not a template language: no logic, nothing a rule file could use to run code.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");

    private Templates() {
    }

    /**
     * @param template text with placeholders; null is empty
     * @param data     the trigger's data
     * @return the text with every placeholder replaced
     */
    static String render(String template, Map<String, Object> data) {
        if (template == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = lookup(data, matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : text(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * @param data a trigger's data
     * @param path a name, dotted for nested maps
     * @return the value, or null
     */
    static Object lookup(Map<String, Object> data, String path) {
        if (data.containsKey(path)) {
            return data.get(path);
        }
        Object current = data;
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else if (current instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()) {
                current = list.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return current;
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
