package io.landline.asr.vosk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.Model;

/**
 * Loads each Vosk model folder once for this bundle's engines: the speech recognizer and the wake-word spotter
 * on the same model share it (the small English model is about 130 MB resident). The cache holds no reference of
 * its own: a model is freed when the last engine and stream let go, and loaded again when asked for again.
 */
@Component(service = ModelCache.class)
public class ModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

    private final Map<Path, SharedModel> models = new HashMap<>();

    /** Quiets Vosk's own logging (it prints to the process's standard error, past SLF4J). */
    public ModelCache() {
        LibVosk.vosk_set_log_level(-2);
    }

    /**
     * @param path a model folder
     * @return the model with a reference taken for the caller, who releases it
     * @throws IOException with a message for users when the folder is not a loadable Vosk model
     */
    synchronized SharedModel acquire(Path path) throws IOException {
        SharedModel known = models.get(path);
        if (known != null && known.acquire()) {
            return known;
        }
        SharedModel loaded = load(path);
        models.put(path, loaded);
        return loaded;
    }

    private static SharedModel load(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IOException("no model folder at " + path);
        }
        if (!Files.exists(path.resolve("am/final.mdl")) && !Files.exists(path.resolve("final.mdl"))) {
            throw new IOException(path + " is not a Vosk model folder (it has no am/final.mdl)");
        }
        long start = System.nanoTime();
        Model loaded;
        try {
            loaded = new Model(path.toString());
        } catch (IOException | RuntimeException e) {
            throw new IOException("Vosk cannot load the model at " + path + " (" + e.getMessage() + ")", e);
        }
        LOG.info("Vosk model loaded from {} in {} ms", path, (System.nanoTime() - start) / 1_000_000);
        return new SharedModel(loaded, path.toString());
    }
}
