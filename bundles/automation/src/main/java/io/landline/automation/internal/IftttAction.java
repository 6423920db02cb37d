package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ifttt}: an IFTTT Maker Webhooks call: {@code POST https://maker.ifttt.com/trigger/<event>/with/key/<key>}
 * with {@code {"value1": ..., "value2": ..., "value3": ...}}. The key comes from the rule or, better, from
 * {@code ifttt.key} in {@code etc/io.landline.automation.cfg} so rule files hold no secret; it never reaches logs.
 */
@Component(service = ActionType.class, configurationPid = "io.landline.automation")
public class IftttAction implements ActionType {

    /** Settings. */
    public @interface Config {
        /** Maker Webhooks URL; {event} and {key} are filled in */
        String ifttt_url() default "https://maker.ifttt.com/trigger/{event}/with/key/{key}";

        /** Maker Webhooks key used when a rule gives none */
        String ifttt_key() default "";
    }

    private final Outbound outbound;
    private volatile Config config;

    /**
     * @param outbound sends requests
     * @param config   URL and key
     */
    @Activate
    public IftttAction(@Reference Outbound outbound, Config config) {
        this.outbound = outbound;
        this.config = config;
    }

    @Modified
    void modified(Config changed) {
        this.config = changed;
    }

    @Override
    public String id() {
        return "ifttt";
    }

    @Override
    public String run(Map<String, Object> settings, TriggerEvent event) throws AutomationException {
        Settings s = new Settings("an ifttt action", settings);
        Config current = config;
        String name = Templates.render(s.required("event", true), event.data()).strip();
        String key = s.text("key", current.ifttt_key()).strip();
        if (key.isEmpty()) {
            throw new AutomationException("an ifttt action needs a key: set ifttt.key in "
                    + "etc/io.landline.automation.cfg (or key: in the rule)");
        }
        String url = current.ifttt_url().replace("{event}", URLEncoder.encode(name, StandardCharsets.UTF_8))
                .replace("{key}", URLEncoder.encode(key, StandardCharsets.UTF_8));
        List<String> secrets = List.of(key, URLEncoder.encode(key, StandardCharsets.UTF_8));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : List.of("value1", "value2", "value3")) {
            String value = s.text(field, false);
            if (value != null) {
                values.put(field, Templates.render(value, event.data()));
            }
        }
        HttpRequest request = HttpRequest.newBuilder(HttpAction.uri(url, secrets))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(values))).build();
        Outbound.Result result = outbound.send(request, secrets);
        if (result.status() >= 400) {
            throw new AutomationException("IFTTT event '" + name + "' answered HTTP " + result.status()
                    + " (" + Redact.text(url, secrets) + ")");
        }
        return "IFTTT event '" + name + "' sent -> " + result.status();
    }
}
