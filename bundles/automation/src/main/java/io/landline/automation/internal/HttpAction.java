package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code http}: a general HTTP request. Settings: {@code url}, {@code method} (GET, or POST when there is a body),
 * {@code headers} (a map), {@code body} (text, or a map sent as JSON); every text may use {@code {{placeholders}}}
 * from the trigger. A 4xx or 5xx answer fails the action. Header values and the URL's secrets never reach the
 * history.
 */
@Component(service = ActionType.class)
public class HttpAction implements ActionType {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    private final Outbound outbound;

    /** @param outbound sends requests */
    @Activate
    public HttpAction(@Reference Outbound outbound) {
        this.outbound = outbound;
    }

    @Override
    public String id() {
        return "http";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        Settings settings = new Settings("an http action", config);
        List<String> secrets = new ArrayList<>();
        String url = Templates.render(settings.required("url", true), event.data()).strip();
        URI uri = uri(url, secrets);
        Object bodySetting = settings.raw("body");
        String method = settings.text("method", bodySetting == null ? "GET" : "POST").strip()
                .toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new AutomationException("'" + method + "' is not an HTTP method");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        boolean contentType = false;
        if (settings.raw("headers") instanceof Map<?, ?> headers) {
            for (Map.Entry<?, ?> header : headers.entrySet()) {
                String name = String.valueOf(header.getKey());
                String value = Templates.render(String.valueOf(header.getValue()), event.data());
                if (Redact.secretHeader(name)) {
                    secrets.add(value);
                    secrets.addAll(List.of(value.split("\\s+")));
                }
                contentType |= name.equalsIgnoreCase("content-type");
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException e) {
                    throw new AutomationException("the header '" + name + "' is not allowed or malformed");
                }
            }
        } else if (settings.raw("headers") != null) {
            throw new AutomationException("headers are a map of name: value");
        }
        String body = null;
        if (bodySetting instanceof Map<?, ?> || bodySetting instanceof List<?>) {
            body = Json.write(renderAll(bodySetting, event.data()));
            if (!contentType) {
                builder.header("Content-Type", "application/json");
            }
        } else if (bodySetting != null) {
            body = Templates.render(bodySetting.toString(), event.data());
            if (!contentType) {
                builder.header("Content-Type", "text/plain; charset=utf-8");
            }
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        Outbound.Result result = outbound.send(builder.build(), secrets);
        String target = method + " " + Redact.text(uri.toString(), secrets);
        if (result.status() >= 400) {
            throw new AutomationException(target + " answered HTTP " + result.status());
        }
        return target + " -> " + result.status() + (result.attempts() > 1 ? " after " + result.attempts()
                + " attempts" : "");
    }

    static URI uri(String url, List<String> secrets) throws AutomationException {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new AutomationException("'" + Redact.text(url, secrets) + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AutomationException("'" + Redact.text(url, secrets) + "' is not a valid URL: " + e.getReason());
        }
    }

    /** Renders every text in a map or list, for JSON bodies. */
    static Object renderAll(Object value, Map<String, Object> data) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), renderAll(v, data)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> renderAll(v, data)).toList();
        }
        if (value instanceof String text) {
            return Templates.render(text, data);
        }
        return value;
    }
}
