package io.landline.skill.calling.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import io.landline.api.telephony.CallHistory;
import io.landline.api.telephony.CallListener;
import io.landline.api.telephony.CallRecord;
import io.landline.api.telephony.Contact;
import io.landline.api.telephony.ContactDirectory;
import io.landline.api.telephony.IncomingCallDecision;
import io.landline.api.telephony.IncomingCallScreen;
import io.landline.api.telephony.TelephonyProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calling skill as services: the skill itself, the listener that announces callers and keeps the call log,
 * the screen that applies do-not-disturb and call hours to incoming calls, the contact directory and the call
 * history. The logic is in {@link Calling}.
 */
@Component(configurationPid = "io.landline.skill.calling", service = { Skill.class, CallListener.class,
        IncomingCallScreen.class, ContactDirectory.class, CallHistory.class })
@Designate(ocd = CallingConfig.class)
public class CallingSkill implements Skill, CallListener, IncomingCallScreen, ContactDirectory, CallHistory {

    private static final Logger LOG = LoggerFactory.getLogger(CallingSkill.class);

    private final Contacts contacts;
    private final CallLog log;
    private final Calling calling;
    private volatile TelephonyProvider telephony;
    private volatile DialogService dialog;

    @Activate
    public CallingSkill(CallingConfig config, BundleContext context) {
        Path home = Path.of(Optional.ofNullable(context.getProperty("landline.home")).orElse("."));
        Path vcard = home.resolve(config.contacts_file());
        if (config.contacts_file().equals("etc/contacts.vcf") && !java.nio.file.Files.exists(vcard)) {
            // The default file is optional: no contacts yet is not a problem.
            vcard = null;
        }
        this.contacts = Contacts.load(vcard, config.contacts(),
                problem -> LOG.warn("Calling: {}", problem));
        this.log = new CallLog(home.resolve("data/calls/calls.tsv"), Duration.ofDays(config.retention_days()),
                Clock.systemUTC());
        Map<String, HouseRules.Hours> hours = new HashMap<>();
        for (String entry : list(config.hours())) {
            String[] parts = entry.split("=", 2);
            try {
                hours.put(parts[0].strip(), HouseRules.Hours.parse(parts.length == 2 ? parts[1] : ""));
            } catch (RuntimeException e) {
                LOG.warn("Calling: hours entry '{}' is not site=HH:MM-HH:MM; ignored", entry);
            }
        }
        HouseRules rules = new HouseRules(Set.copyOf(list(config.dnd())), hours,
                Set.copyOf(list(config.announce_sites())), Set.copyOf(list(config.dropin_sites())));
        NumberPolicy policy = new NumberPolicy(list(config.emergency_numbers()), list(config.refused_prefixes()),
                list(config.allowed_prefixes()));
        IncomingCallDecision screenedTo = "busy".equalsIgnoreCase(config.screened_to().strip())
                ? IncomingCallDecision.BUSY : IncomingCallDecision.VOICEMAIL;
        Set<String> allow = new LinkedHashSet<>();
        list(config.allow_list()).forEach(name -> allow.add(name.equals("*") ? "*" : Contacts.normal(name)));
        Calling.Settings settings = new Calling.Settings(allow, config.pin().strip(),
                Math.max(0, config.calls_per_hour()), screenedTo, list(config.sites()));
        this.calling = new Calling(() -> telephony, () -> {
            DialogService current = dialog;
            return current == null ? null : current::say;
        }, contacts, policy, rules, log, settings, Clock.systemUTC(), ZoneId.systemDefault());
        LOG.info("Calling: {} contacts", contacts.contacts().size());
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT).equals(s) ? s : s).toList();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTelephony(TelephonyProvider provider) {
        this.telephony = provider;
    }

    void unsetTelephony(TelephonyProvider provider) {
        if (this.telephony == provider) {
            this.telephony = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setDialog(DialogService service) {
        this.dialog = service;
    }

    void unsetDialog(DialogService service) {
        if (this.dialog == service) {
            this.dialog = null;
        }
    }

    @Override
    public String id() {
        return "calling";
    }

    @Override
    public String name() {
        return "Calling";
    }

    @Override
    public List<IntentDefinition> intents() {
        return calling.intents();
    }

    @Override
    public Response handle(SkillRequest request) {
        return calling.handle(request);
    }

    @Override
    public void callChanged(CallEvent event) {
        calling.onCallEvent(event);
    }

    @Override
    public IncomingCallDecision screen(Call call) {
        return calling.screen(call);
    }

    @Override
    public List<Contact> contacts() {
        return contacts.contacts();
    }

    @Override
    public Optional<Contact> byName(String name) {
        return contacts.byName(name);
    }

    @Override
    public Optional<Contact> byNumber(String number) {
        return contacts.byNumber(number);
    }

    @Override
    public List<CallRecord> entries() {
        return log.entries();
    }

    @Override
    public int deleteAll() {
        return log.deleteAll();
    }
}
