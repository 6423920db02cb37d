package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.dialog.DialogService;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.Contact;
import io.landline.api.telephony.ContactDirectory;
import io.landline.api.telephony.TelephonyException;
import io.landline.api.telephony.TelephonyProvider;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code call}: places a call from a site to a contact or a number ({@code call: Mom},
 * {@code call: {number: "+15550100", site: kitchen}}) through the active telephony provider. Without one the
 * history says which bundle is missing.
 */
@Component(service = ActionType.class)
public class CallAction implements ActionType {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TelephonyProvider telephony;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContactDirectory contacts;

    @Override
    public String id() {
        return "call";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        Settings settings = new Settings("a call action", config);
        String who = Templates.render(settings.text("number", settings.text("contact", true)), event.data()).strip();
        if (who.isEmpty()) {
            throw new AutomationException("a call action needs a contact or a number");
        }
        String site = Templates.render(settings.text("site", DialogService.DEFAULT_SITE), event.data()).strip();
        TelephonyProvider provider = telephony;
        if (provider == null) {
            throw new AutomationException("cannot call " + who + ": no telephony provider is installed "
                    + "(install the Asterisk bundle and configure it)");
        }
        String number = who;
        if (!who.matches("[+]?[0-9*#]+")) {
            ContactDirectory directory = contacts;
            Optional<Contact> contact = directory == null ? Optional.empty() : directory.byName(who);
            if (contact.isEmpty() || contact.get().numbers().isEmpty()) {
                throw new AutomationException("cannot call " + who + ": no contact of that name with a number");
            }
            number = contact.get().numbers().get(0).number();
        }
        try {
            Call call = provider.originate(site, number);
            return "called " + who + " from " + site + " (call " + call.id() + ")";
        } catch (TelephonyException e) {
            throw new AutomationException("cannot call " + who + ": " + e.getMessage());
        }
    }
}
