package io.landline.asr.vosk.internal;

import io.landline.api.engine.Engines;
import io.landline.api.wake.WakeWord;
import io.landline.api.wake.WakeWordSpotter;
import io.landline.api.wake.WakeWordStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The Vosk wake-word spotter. Like the Vosk recognizer it registers its service only while a model is loaded, and
 * streams hold the model until they close.
 */
@Component(service = {}, immediate = true, configurationPid = VoskWakeEngine.PID)
@Designate(ocd = VoskWakeEngine.Config.class)
public class VoskWakeEngine implements WakeWordSpotter {

    static final String PID = "io.landline.wake.vosk";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VoskWakeEngine.class);

    /** Configuration, from {@code etc/io.landline.wake.vosk.cfg}. */
    @ObjectClassDefinition(name = "Landline Vosk wake words")
    public @interface Config {
        /** @return the model folder; empty for the small English model in the distribution */
        @AttributeDefinition(description = "Vosk model folder; empty = ${landline.home}/models/vosk-model-en-us")
        String model_path() default "";

        /** @return the engine's rank among wake-word spotters */
        @AttributeDefinition(description = "Rank among wake-word engines")
        int service_ranking() default 10;

        /** @return words that sound like a wake word but are not */
        @AttributeDefinition(description = "Near misses of the wake words, space-separated; they compete with "
                + "the wake words so they do not wake the assistant")
        String decoys() default WakeGrammar.DEFAULT_DECOYS;

        /** @return the engine id */
        @AttributeDefinition(description = "Engine id, for pinning (wake.engine in io.landline.engines.cfg)")
        String engine_id() default "vosk";
    }

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger osgiLog;

    private BundleContext context;
    private volatile SharedModel model;
    private volatile String decoys = WakeGrammar.DEFAULT_DECOYS;
    private ServiceRegistration<WakeWordSpotter> registration;

    @Reference
    private ModelCache cache;

    @Activate
    void activate(BundleContext bundleContext, Config config) {
        this.context = bundleContext;
        modified(config);
    }

    @Modified
    synchronized void modified(Config config) {
        decoys = config.decoys() == null ? "" : config.decoys();
        Path path = modelPath(config);
        SharedModel current = model;
        if (current == null || !current.path().equals(path.toString())) {
            try {
                model = cache.acquire(path);
                if (current != null) {
                    current.release();
                }
            } catch (IOException e) {
                String message = "Vosk wake-word model not loaded: " + e.getMessage()
                        + (current == null ? "; no wake words until model.path in etc/io.landline.wake.vosk.cfg "
                                + "names a Vosk model folder" : "; still using " + current.path());
                Logger log = osgiLog;
                if (log != null) {
                    log.warn(message);
                } else {
                    LOG.warn(message);
                }
            }
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Engines.ENGINE_ID, config.engine_id());
        properties.put(Constants.SERVICE_RANKING, config.service_ranking());
        if (model != null && registration == null) {
            registration = context.registerService(WakeWordSpotter.class, this, properties);
        } else if (registration != null) {
            registration.setProperties(properties);
        }
    }

    @Deactivate
    synchronized void deactivate() {
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

    @Override
    public WakeWordStream open(List<WakeWord> words, String site) {
        SharedModel current = model;
        if (current == null || !current.acquire()) {
            throw new IllegalStateException("the Vosk wake-word engine has no model loaded");
        }
        try {
            return new WakeStream(current, new WakeMatcher(words), WakeGrammar.json(words, decoys));
        } catch (IOException | RuntimeException e) {
            current.release();
            throw new IllegalStateException("Vosk cannot start a wake-word recognizer: " + e.getMessage(), e);
        }
    }

    private Path modelPath(Config config) {
        String configured = config.model_path() == null ? "" : config.model_path().strip();
        if (!configured.isEmpty()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        String home = context.getProperty("landline.home");
        return Path.of(home == null ? "." : home, "models", "vosk-model-en-us").toAbsolutePath().normalize();
    }

}
