package io.landline.automation.internal;

import io.landline.api.event.Topics;
import io.landline.api.telephony.DoNotDisturb;
import java.util.Map;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The household's do-not-disturb switch, kept in memory, for when no other bundle (a telephony provider with its
 * own DND) provides one: ranked below any other.
 */
@Component(service = DoNotDisturb.class, property = Constants.SERVICE_RANKING + ":Integer=-100")
public class DndSwitch implements DoNotDisturb {

    private volatile boolean on;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    @Override
    public boolean isOn() {
        return on;
    }

    @Override
    public void set(boolean value) {
        boolean changed;
        synchronized (this) {
            changed = on != value;
            on = value;
        }
        EventAdmin admin = eventAdmin;
        if (changed && admin != null) {
            admin.postEvent(new Event(Topics.DND_CHANGED, Map.of(Topics.ENABLED, value)));
        }
    }
}
