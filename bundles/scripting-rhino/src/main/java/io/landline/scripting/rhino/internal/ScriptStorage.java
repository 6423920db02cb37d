package io.landline.scripting.rhino.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A script skill's key/value storage: JSON values by key, saved to {@code data/scripts/<id>.properties} on every
 * change (temporary file, then an atomic move) so it survives restarts and reloads. Bounded in size.
 */
final class ScriptStorage {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptStorage.class);

    private final Path file;
    private final long maxBytes;
    private final TreeMap<String, String> values = new TreeMap<>();
    private long bytes;

    ScriptStorage(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
                properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
                bytes = values.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length()).sum();
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read {}: {}; the skill starts with empty storage", file, e.toString());
            }
        }
    }

    synchronized String get(String key) {
        return values.get(key);
    }

    synchronized List<String> keys() {
        return List.copyOf(values.keySet());
    }

    synchronized void put(String key, String json) {
        String old = values.get(key);
        long next = bytes - (old == null ? 0 : key.length() + old.length()) + key.length() + json.length();
        if (next > maxBytes) {
            throw new IllegalStateException("storage is full: at most " + maxBytes / 1024 + " KB per skill");
        }
        values.put(key, json);
        bytes = next;
        save();
    }

    synchronized void remove(String key) {
        String old = values.remove(key);
        if (old != null) {
            bytes -= key.length() + old.length();
            save();
        }
    }

    private void save() {
        Properties properties = new Properties();
        properties.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "storage of a JavaScript skill: key = JSON value");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save {}: {}", file, e.toString());
        }
    }
}
