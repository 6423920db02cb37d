package io.landline.runtime.internal;

import io.landline.api.event.Topics;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts the runtime's events. EventAdmin is optional: without it the pipeline still works, it just tells no one.
 */
@Component(service = EventPoster.class)
public class EventPoster {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private final Bundle framework;

    /** @param context to tell when the framework is stopping */
    @Activate
    public EventPoster(BundleContext context) {
        this.framework = context.getBundle(0);
    }

    /**
     * Posts asynchronously.
     *
     * @param topic         one of {@link Topics}
     * @param keysAndValues property key, value, key, value …; null values are left out
     */
    public void post(String topic, Object... keysAndValues) {
        EventAdmin admin = eventAdmin;
        // While the framework stops, engines unregister and would post changes to an EventAdmin whose threads
        // are already gone (it prints a RejectedExecutionException); nobody is listening by then.
        if (admin == null || framework.getState() == Bundle.STOPPING) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        admin.postEvent(new Event(topic, properties));
    }
}
