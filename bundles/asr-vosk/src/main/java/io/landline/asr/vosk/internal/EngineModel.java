package io.landline.asr.vosk.internal;

import io.landline.api.engine.Engines;
import io.landline.api.engine.ProblemReporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Vosk engine's hold on its model, and the engine's service, registered only while a model is held: a bad
 * {@code model.path} leaves the stage to another engine (or none) with a clear problem instead of an engine that
 * fails every utterance. A changed path loads the new model before the old one is let go, so streams in flight
 * finish on the old one. Shared by the speech recognizer and the wake-word spotter.
 *
 * @param <S> the engine's service type
 */
final class EngineModel<S> {

    private static final Logger LOG = LoggerFactory.getLogger(EngineModel.class);

    private final ModelCache cache;
    private final BundleContext context;
    private final Class<S> type;
    private final S engine;
    private final String configFile;
    private final String withoutModel;
    private final Supplier<ProblemReporter> problems;
    private volatile SharedModel model;
    private ServiceRegistration<S> registration;

    /**
     * @param configFile   the engine's configuration file, which problems are reported against
     * @param withoutModel what users lose while no model loads, for example "speech recognition with Vosk"
     * @param problems     the runtime's problem list, when it is there
     */
    EngineModel(ModelCache cache, BundleContext context, Class<S> type, S engine, String configFile,
            String withoutModel, Supplier<ProblemReporter> problems) {
        this.cache = cache;
        this.context = context;
        this.type = type;
        this.engine = engine;
        this.configFile = configFile;
        this.withoutModel = withoutModel;
        this.problems = problems;
    }

    /**
     * Loads the configured model if it changed, then registers or updates the engine's service.
     *
     * @param modelPath the configured {@code model.path}; blank for the distribution's small English model
     * @param engineId  the engine's {@code engine.id}
     * @param ranking   the engine's {@code service.ranking}
     */
    synchronized void configure(String modelPath, String engineId, int ranking) {
        Path path = resolve(modelPath);
        SharedModel current = model;
        if (current == null || !current.path().equals(path.toString())) {
            try {
                model = cache.acquire(path);
                if (current != null) {
                    current.release();
                }
                clearProblem();
            } catch (IOException e) {
                reportProblem("Vosk model not loaded: " + e.getMessage() + (current == null
                        ? "; " + withoutModel + " is off until model.path in " + configFile
                                + " names a Vosk model folder"
                        : "; still using " + current.path()));
            }
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Engines.ENGINE_ID, engineId);
        properties.put(Constants.SERVICE_RANKING, ranking);
        properties.put("model.path", model == null ? path.toString() : model.path());
        if (model != null && registration == null) {
            registration = context.registerService(type, engine, properties);
        } else if (registration != null) {
            registration.setProperties(properties);
        }
    }

    /** Unregisters the service and lets go of the model; streams still open keep it until they close. */
    synchronized void close() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        SharedModel current = model;
        model = null;
        if (current != null) {
            current.release();
        }
    }

    /** @return the model with a reference taken for a new stream, which releases it; null when none is loaded */
    SharedModel acquire() {
        SharedModel current = model;
        return current != null && current.acquire() ? current : null;
    }

    private Path resolve(String configured) {
        String path = configured == null ? "" : configured.strip();
        if (!path.isEmpty()) {
            return Path.of(path).toAbsolutePath().normalize();
        }
        String home = context.getProperty("landline.home");
        return Path.of(home == null ? "." : home, "models", "vosk-model-en-us").toAbsolutePath().normalize();
    }

    private void reportProblem(String message) {
        ProblemReporter reporter = problems.get();
        if (reporter != null) {
            reporter.report(configFile, message);
        } else {
            LOG.warn("{}: {}", configFile, message);
        }
    }

    private void clearProblem() {
        ProblemReporter reporter = problems.get();
        if (reporter != null) {
            reporter.clear(configFile);
        }
    }
}
