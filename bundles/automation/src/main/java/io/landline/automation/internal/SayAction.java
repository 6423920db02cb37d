package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.dialog.DialogService;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code say}: says a text (with {@code {{placeholders}}} from the trigger) on a site: {@code site} if given, else
 * the site the trigger came from (a phrase's or a call's), else the default site.
 */
@Component(service = ActionType.class)
public class SayAction implements ActionType {

    private final DialogService dialog;

    /** @param dialog says things */
    @Activate
    public SayAction(@Reference DialogService dialog) {
        this.dialog = dialog;
    }

    @Override
    public String id() {
        return "say";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        Settings settings = new Settings("a say action", config);
        String text = Templates.render(settings.required("text", true), event.data()).strip();
        String site = Templates.render(settings.text("site", ""), event.data()).strip();
        if (site.isEmpty()) {
            Object from = event.data().get("site");
            site = from == null || from.toString().isBlank() ? DialogService.DEFAULT_SITE : from.toString();
        }
        if (text.isEmpty()) {
            throw new AutomationException("the text to say is empty");
        }
        dialog.say(site, text);
        return "said \"" + text + "\" on " + site;
    }
}
