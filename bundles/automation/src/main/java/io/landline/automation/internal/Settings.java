package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Reads a trigger's or action's settings, with messages that say which setting is wrong. */
final class Settings {

    private final String what;
    private final Map<String, Object> config;

    Settings(String what, Map<String, Object> config) {
        this.what = what;
        this.config = config;
    }

    /** @return the setting, or the plain value when {@code key} is the main setting */
    String text(String key, boolean main) {
        Object value = config.get(key);
        if (value == null && main) {
            value = config.get(Rule.Step.VALUE);
        }
        return value == null ? null : value.toString();
    }

    String required(String key, boolean main) throws AutomationException {
        String value = text(key, main);
        if (value == null || value.isBlank()) {
            throw new AutomationException(what + " needs '" + key + "'");
        }
        return value;
    }

    String text(String key, String fallback) {
        String value = text(key, false);
        return value == null ? fallback : value;
    }

    Object raw(String key) {
        return config.get(key);
    }

    /**
     * @param text a duration like {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}, or seconds
     * @return the duration
     * @throws AutomationException when malformed
     */
    static Duration duration(String text) throws AutomationException {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            }
            if (t.endsWith("h")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 3600));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new AutomationException("'" + text + "' is not a duration; write 500ms, 2s, 5m or 1h");
        }
    }
}
