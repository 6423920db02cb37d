package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.telephony.DoNotDisturb;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code dnd: on|off|toggle}: sets do-not-disturb through the highest-ranked {@link DoNotDisturb}. */
@Component(service = ActionType.class)
public class DndAction implements ActionType {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DoNotDisturb dnd;

    @Override
    public String id() {
        return "dnd";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        DoNotDisturb target = dnd;
        if (target == null) {
            throw new AutomationException("no do-not-disturb switch is installed");
        }
        String value = new Settings("a dnd action", config).required("set", true).strip().toLowerCase(Locale.ROOT);
        boolean on = switch (value) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            case "toggle" -> !target.isOn();
            default -> throw new AutomationException("dnd is on, off or toggle, not '" + value + "'");
        };
        target.set(on);
        return "do-not-disturb " + (on ? "on" : "off");
    }
}
