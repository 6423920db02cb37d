package io.landline.automation.internal;

import io.landline.api.audio.AudioSink;
import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.dialog.DialogService;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code announce}: says a text on every site: the default site, every site with a speaker (an
 * {@link AudioSink} with a {@code site} property), and the sites listed in {@code announce.sites} in
 * {@code etc/io.landline.automation.cfg}.
 */
@Component(service = ActionType.class, configurationPid = "io.landline.automation")
public class AnnounceAction implements ActionType {

    /** Settings. */
    public @interface Config {
        /** Sites announcements go to besides those with a speaker */
        String[] announce_sites() default {};
    }

    private final DialogService dialog;
    private final Map<Long, String> speakerSites = new ConcurrentHashMap<>();
    private volatile Set<String> configured = Set.of();

    /**
     * @param dialog says things
     * @param config the configured sites
     */
    @Activate
    public AnnounceAction(@Reference DialogService dialog, Config config) {
        this.dialog = dialog;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        Set<String> sites = new TreeSet<>();
        for (String site : config.announce_sites()) {
            for (String part : site.split(",")) {
                if (!part.isBlank()) {
                    sites.add(part.strip());
                }
            }
        }
        configured = sites;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindAudioSink(AudioSink sink, Map<String, Object> properties) {
        Object site = properties.get("site");
        if (site != null) {
            speakerSites.put((Long) properties.get(Constants.SERVICE_ID), site.toString());
        }
    }

    void unbindAudioSink(AudioSink sink, Map<String, Object> properties) {
        speakerSites.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    /** @return every site an announcement goes to, default first */
    Set<String> sites() {
        Set<String> sites = new TreeSet<>(configured);
        sites.addAll(speakerSites.values());
        sites.remove(DialogService.DEFAULT_SITE);
        Set<String> ordered = new java.util.LinkedHashSet<>();
        ordered.add(DialogService.DEFAULT_SITE);
        ordered.addAll(sites);
        return ordered;
    }

    @Override
    public String id() {
        return "announce";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        String text = Templates.render(new Settings("an announce action", config).required("text", true),
                event.data()).strip();
        if (text.isEmpty()) {
            throw new AutomationException("the text to announce is empty");
        }
        Set<String> sites = sites();
        for (String site : sites) {
            dialog.say(site, text);
        }
        return "announced \"" + text + "\" on " + String.join(", ", sites);
    }
}
