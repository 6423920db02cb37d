package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import io.landline.api.telephony.CallListener;
import io.landline.api.telephony.Contact;
import io.landline.api.telephony.ContactDirectory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code call}: {@code incoming} (an inbound call starts ringing), {@code missed} (an inbound call ended without
 * being answered) or {@code ended} (any call ended). Listens to every telephony provider as a
 * {@link CallListener}. Data: {@code number}, {@code contact} (the directory's name for the number, when there is
 * a directory and it knows the number), {@code caller} (the contact, else the number), {@code site},
 * {@code direction}, {@code reason}, {@code seconds}.
 */
@Component(service = { TriggerType.class, CallListener.class })
public class CallTrigger implements TriggerType, CallListener {

    private static final Set<String> KINDS = Set.of("incoming", "missed", "ended");

    private record Watch(String kind, Consumer<TriggerEvent> fire) {
    }

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContactDirectory contacts;

    @Override
    public String id() {
        return "call";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) throws AutomationException {
        String kind = new Settings("a call trigger", config).required("on", true).strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new AutomationException("a call trigger is 'incoming', 'missed' or 'ended', not '" + kind + "'");
        }
        Watch watch = new Watch(kind, fire);
        watches.add(watch);
        return () -> watches.remove(watch);
    }

    @Override
    public void callChanged(CallEvent event) {
        if (watches.isEmpty()) {
            return;
        }
        String kind = kindOf(event);
        if (kind == null && !(event.call().state() == Call.State.ENDED)) {
            return;
        }
        TriggerEvent trigger = null;
        for (Watch watch : watches) {
            boolean matches = watch.kind().equals(kind)
                    || watch.kind().equals("ended") && event.call().state() == Call.State.ENDED;
            if (matches) {
                if (trigger == null) {
                    trigger = new TriggerEvent("call", event.at(), data(event, kind == null ? "ended" : kind));
                }
                watch.fire().accept(trigger);
            }
        }
    }

    /** @return incoming, missed, or null for other events */
    static String kindOf(CallEvent event) {
        Call call = event.call();
        if (call.direction() != Call.Direction.INBOUND) {
            return null;
        }
        if (call.state() == Call.State.RINGING) {
            return "incoming";
        }
        if (call.state() == Call.State.ENDED && event.duration().isZero()) {
            return "missed";
        }
        return null;
    }

    private Map<String, Object> data(CallEvent event, String kind) {
        Call call = event.call();
        Map<String, Object> data = new HashMap<>();
        data.put("event", kind);
        data.put("number", call.number() == null ? "" : call.number());
        data.put("site", call.site() == null ? "" : call.site());
        data.put("direction", call.direction().name().toLowerCase(Locale.ROOT));
        data.put("reason", event.reason() == null ? "" : event.reason());
        data.put("seconds", event.duration().toSeconds());
        ContactDirectory directory = contacts;
        Optional<Contact> contact = Optional.empty();
        if (directory != null && call.number() != null) {
            try {
                contact = directory.byNumber(call.number());
            } catch (RuntimeException e) {
                // a failing directory must not lose the call event; the caller is then announced by number
            }
        }
        contact.ifPresent(c -> data.put("contact", c.name()));
        data.put("caller", contact.map(Contact::name).orElse(call.number() == null ? "someone" : call.number()));
        return data;
    }
}
