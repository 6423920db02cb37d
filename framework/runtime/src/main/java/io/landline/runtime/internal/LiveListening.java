package io.landline.runtime.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioSource;
import io.landline.api.audio.AudioStream;
import io.landline.api.dialog.ListeningObserver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live loop: while Landline runs as the console or a service, every audio source registered with
 * {@code listen=true} (the microphone) is listened to on its own thread, for its site. One-shot commands
 * ({@code ask}, {@code listen FILE}) leave the microphone alone.
 */
@Component(immediate = true)
public class LiveListening {

    private static final Logger LOG = LoggerFactory.getLogger(LiveListening.class);

    private final VoiceListening listening;
    private final boolean live;
    private final Map<Long, Thread> threads = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    /**
     * @param context   to read the launch command
     * @param listening the pipeline
     */
    @Activate
    public LiveListening(BundleContext context, @Reference VoiceListening listening) {
        this.listening = listening;
        String command = context.getProperty("landline.command");
        this.live = command == null || command.equals("console") || command.equals("serve");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(listen=true)")
    void bindSource(AudioSource source, Map<String, Object> properties) {
        if (!live || !active) {
            return;
        }
        Object site = properties.get(SpeechOutput.SITE_PROPERTY);
        String siteName = site == null ? "default" : site.toString();
        Thread thread = new Thread(() -> run(source, siteName), "landline-listen-" + source.id());
        thread.setDaemon(true);
        threads.put((Long) properties.get(Constants.SERVICE_ID), thread);
        thread.start();
    }

    void unbindSource(AudioSource source, Map<String, Object> properties) {
        Thread thread = threads.remove((Long) properties.get(Constants.SERVICE_ID));
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Deactivate
    void deactivate() {
        active = false;
        threads.values().forEach(Thread::interrupt);
        threads.clear();
    }

    private void run(AudioSource source, String site) {
        LOG.info("listening on {} for site {}", source.id(), site);
        try {
            AudioStream audio = source.open();
            listening.listen(site, audio, new ListeningObserver() {
                @Override
                public void error(String message) {
                    LOG.warn("{}: {}", source.id(), message);
                }
            });
        } catch (AudioException e) {
            LOG.warn("{}: {}", source.id(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("stopped listening on {}", source.id());
    }
}
