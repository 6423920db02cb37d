package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * {@code phrase}: a custom voice phrase. The phrases of all phrase rules are the intents of one skill,
 * {@code automation}, so they work with whichever intent engine is active, get into the speech grammar, and
 * go through the dialog like any command. The skill is only registered while there is a phrase rule. Settings:
 * the phrase (or a list under {@code phrases}), {@code reply} (what the assistant answers at once; default
 * "OK.").
 */
@Component(service = TriggerType.class)
public class PhraseTrigger implements TriggerType {

    static final String SKILL_ID = "automation";

    private record Watch(String intent, List<String> phrases, String reply, Consumer<TriggerEvent> fire) {
    }

    private final BundleContext context;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Watch> watches = new ConcurrentSkipListMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private ServiceRegistration<Skill> registration;

    /** @param context to register the skill */
    @Activate
    public PhraseTrigger(BundleContext context) {
        this.context = context;
    }

    @Deactivate
    synchronized void deactivate() {
        watches.clear();
        publish();
    }

    @Override
    public String id() {
        return "phrase";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException {
        Settings settings = new Settings("a phrase trigger", config);
        List<String> phrases = new ArrayList<>();
        Object list = settings.raw("phrases");
        if (list instanceof List<?> items) {
            items.forEach(p -> phrases.add(String.valueOf(p).strip()));
        } else {
            phrases.add(settings.required("phrase", true).strip());
        }
        if (phrases.stream().anyMatch(String::isBlank)) {
            throw new AutomationException("a phrase trigger needs a phrase to listen for");
        }
        // Intent names are unique per rule; sorted by a counter so the catalog order is the load order.
        String intent = String.format("Rule%06d_%s", ids.incrementAndGet(),
                String.valueOf(config.getOrDefault("rule", "rule")).replaceAll("[^A-Za-z0-9]", "_"));
        synchronized (this) {
            watches.put(intent, new Watch(intent, phrases, settings.text("reply", "OK."), fire));
            publish();
        }
        return () -> {
            synchronized (this) {
                if (watches.remove(intent) != null) {
                    publish();
                }
            }
        };
    }

    /** Registers, updates or unregisters the skill so the intent catalog follows the rules. */
    private void publish() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("revision", revision.incrementAndGet());
        if (watches.isEmpty()) {
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException e) {
                    // the bundle is stopping
                }
                registration = null;
            }
        } else if (registration == null) {
            registration = context.registerService(Skill.class, new PhraseSkill(), properties);
        } else {
            registration.setProperties(properties);
        }
    }

    /** The skill whose intents are the rules' phrases. */
    private final class PhraseSkill implements Skill {

        @Override
        public String id() {
            return SKILL_ID;
        }

        @Override
        public String name() {
            return "Automations";
        }

        @Override
        public List<IntentDefinition> intents() {
            List<IntentDefinition> intents = new ArrayList<>();
            for (Watch watch : watches.values()) {
                intents.add(IntentDefinition.of(watch.intent(), watch.phrases().toArray(String[]::new)));
            }
            return intents;
        }

        @Override
        public Response handle(SkillRequest request) {
            Watch watch = watches.get(request.intent().name());
            if (watch == null) {
                return Response.say("That automation was just removed.");
            }
            Map<String, Object> data = new HashMap<>();
            data.put("site", request.site());
            data.put("text", request.intent().text());
            data.put("phrase", request.intent().sentence());
            watch.fire().accept(new TriggerEvent("phrase", clock.instant(), data));
            return Response.say(watch.reply());
        }
    }
}
