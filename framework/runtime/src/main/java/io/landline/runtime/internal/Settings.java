package io.landline.runtime.internal;

import java.util.Map;
import java.util.function.Function;

/**
 * Reads a component's configuration leniently: a value that cannot be used is reported as a problem, naming
 * the file it came from, and the value in force before is kept. A typo in {@code etc/} must never stop the
 * assistant.
 */
final class Settings {

    /** Property FileInstall adds to configurations it reads from a file. */
    private static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final Map<String, ?> properties;
    private final String source;
    private final Problems problems;
    private boolean valid = true;

    Settings(Map<String, ?> properties, String pid, Problems problems) {
        this.properties = properties;
        this.source = sourceOf(properties, pid);
        this.problems = problems;
    }

    /** @return the configuration file's name, or the PID when the configuration did not come from a file */
    static String sourceOf(Map<String, ?> properties, String pid) {
        Object file = properties.get(FILE_PROPERTY);
        if (file == null) {
            return pid;
        }
        String name = file.toString();
        return "etc/" + name.substring(name.lastIndexOf('/') + 1);
    }

    String source() {
        return source;
    }

    /** @return whether every value read so far was usable; when it was, the source's problem is cleared */
    boolean finish() {
        if (valid) {
            problems.clear(source);
        }
        return valid;
    }

    String text(String key, String current) {
        Object value = properties.get(key);
        return value == null ? current : value.toString().trim();
    }

    double decimal(String key, double current, double min, double max) {
        return number(key, current, min, max, Double::parseDouble, "a number");
    }

    int integer(String key, int current, int min, int max) {
        return number(key, current, min, max, Integer::parseInt, "a whole number");
    }

    private <N extends Number & Comparable<N>> N number(String key, N current, N min, N max,
            Function<String, N> parse, String kind) {
        Object value = properties.get(key);
        if (value == null) {
            return current;
        }
        try {
            N parsed = parse.apply(value.toString().trim());
            if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        valid = false;
        problems.report(source, key + " = '" + value + "' is not " + kind + " from " + min + " to " + max
                + "; keeping " + current);
        return current;
    }
}
