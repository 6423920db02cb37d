package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.Optional;
import javax.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code webhook}: an HTTP request to {@code /hooks/<rule id>} on the runtime's HTTP server (the OSGi HTTP
 * whiteboard; Felix's Jetty binds 127.0.0.1 by default, see {@code etc/org.apache.felix.http.cfg}). The request
 * must carry the rule's {@code token} (header {@code X-Landline-Token} or query {@code ?token=}); a body, if
 * any, must be a JSON object, whose fields become the trigger data (also under {@code json}). Requests are rate
 * limited per rule and in total; the answer is always JSON with a clear message.
 */
@Component(service = { TriggerType.class, Servlet.class, WebhookTrigger.class }, configurationPid = "io.landline.automation",
        property = { "osgi.http.whiteboard.servlet.pattern=/hooks/*",
                "osgi.http.whiteboard.servlet.name=landline-webhooks" })
public class WebhookTrigger extends HttpServlet implements TriggerType {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookTrigger.class);
    static final String TOKEN_HEADER = "X-Landline-Token";

    /** Limits in {@code etc/io.landline.automation.cfg}. */
    public @interface Config {
        /** Requests per second one webhook rule accepts on average */
        double webhook_rate() default 5;

        /** Requests one webhook rule accepts in a burst */
        int webhook_burst() default 10;

        /** Requests per second all webhooks together accept, valid or not */
        double webhook_total_rate() default 50;

        /** Largest body accepted, in bytes */
        int webhook_max_bytes() default 65_536;
    }

    private record Hook(String rule, byte[] token, RateLimiter limiter, Consumer<TriggerEvent> fire) {
    }

    private final transient Map<String, Hook> hooks = new ConcurrentHashMap<>();
    private final transient Config config;
    private final transient RateLimiter total;
    private final transient Clock clock = Clock.systemUTC();

    private final transient ServiceTracker<Object, Object> runtimes;
    private volatile boolean initialized;

    /**
     * @param context to find the HTTP server's address
     * @param config  the limits
     */
    @Activate
    public WebhookTrigger(BundleContext context, Config config) {
        this.config = config;
        ServiceTracker<Object, Object> tracker = null;
        try {
            // The HTTP runtime service announces the server's address; tracked by name so this bundle needs no
            // compile-time dependency on the HTTP runtime API.
            tracker = new ServiceTracker<>(context, context.createFilter(
                    "(objectClass=org.osgi.service.http.runtime.HttpServiceRuntime)"), null);
            tracker.open();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        this.runtimes = tracker;
        this.total = new RateLimiter(config.webhook_total_rate(), (int) Math.max(1, config.webhook_total_rate() * 2),
                System::nanoTime);
    }

    @Deactivate
    void deactivate() {
        runtimes.close();
    }

    @Override
    public void init() {
        initialized = true;
    }

    @Override
    public void destroy() {
        initialized = false;
    }

    /** @return {@code http://host:port/hooks/} once the server serves webhooks, else empty */
    Optional<String> baseUrl() {
        if (!initialized) {
            return Optional.empty();
        }
        ServiceReference<Object> reference = runtimes.getServiceReference();
        Object endpoint = reference == null ? null : reference.getProperty("osgi.http.endpoint");
        if (endpoint instanceof String[] list && list.length > 0) {
            endpoint = list[0];
        } else if (endpoint instanceof java.util.Collection<?> list && !list.isEmpty()) {
            endpoint = list.iterator().next();
        }
        if (endpoint == null) {
            return Optional.empty();
        }
        String base = endpoint.toString();
        return Optional.of((base.endsWith("/") ? base : base + "/") + "hooks/");
    }

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public AutoCloseable watch(Map<String, Object> settings, Consumer<TriggerEvent> fire)
            throws AutomationException {
        Settings s = new Settings("a webhook trigger", settings);
        String rule = s.required("rule", false);
        String token = s.text("token", false);
        if (token == null || token.strip().length() < 16) {
            throw new AutomationException("a webhook trigger needs a secret 'token' of at least 16 characters "
                    + "(for example the output of `openssl rand -hex 16`)");
        }
        double rate = number(s.text("rate", false), config.webhook_rate());
        int burst = (int) number(s.text("burst", false), config.webhook_burst());
        Hook hook = new Hook(rule, token.strip().getBytes(StandardCharsets.UTF_8),
                new RateLimiter(rate, burst, System::nanoTime), fire);
        hooks.put(rule, hook);
        return () -> hooks.remove(rule, hook);
    }

    private static double number(String text, double fallback) throws AutomationException {
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text);
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AutomationException("'" + text + "' is not a positive number");
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getMethod().equals("POST") && !request.getMethod().equals("GET")) {
            response.setHeader("Allow", "GET, POST");
            answer(response, 405, "use POST (or GET) for webhooks");
            return;
        }
        if (!total.tryAcquire()) {
            response.setHeader("Retry-After", Long.toString(total.secondsUntilNext()));
            answer(response, 429, "too many webhook requests; try again later");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Hook hook = hooks.get(path);
        if (hook == null) {
            answer(response, 404, "no enabled webhook rule '" + printable(path) + "'; `rules list` shows them");
            return;
        }
        // The query string is parsed here, not with getParameter(), which would read a form-encoded body as
        // parameters and leave nothing of the JSON.
        Map<String, Object> query = query(request.getQueryString());
        String token = request.getHeader(TOKEN_HEADER);
        if (token == null && query.get("token") != null) {
            token = query.get("token").toString();
        }
        if (token == null || !MessageDigest.isEqual(hook.token(), token.strip().getBytes(StandardCharsets.UTF_8))) {
            answer(response, 403, "wrong or missing token for webhook '" + hook.rule() + "' (send it in the "
                    + TOKEN_HEADER + " header)");
            return;
        }
        if (!hook.limiter().tryAcquire()) {
            response.setHeader("Retry-After", Long.toString(hook.limiter().secondsUntilNext()));
            answer(response, 429, "too many requests for webhook '" + hook.rule() + "'; try again later");
            return;
        }
        Map<String, Object> data = new HashMap<>(query);
        data.remove("token");
        if (request.getMethod().equals("POST")) {
            byte[] body;
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes(config.webhook_max_bytes() + 1);
            }
            if (body.length > config.webhook_max_bytes()) {
                answer(response, 413, "the body is larger than " + config.webhook_max_bytes() + " bytes");
                return;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                try {
                    Map<String, Object> json = Json.object(text);
                    data.putAll(json);
                    data.put("json", json);
                } catch (IllegalArgumentException e) {
                    answer(response, 400, e.getMessage());
                    return;
                }
            }
        }
        data.put("rule", hook.rule());
        hook.fire().accept(new TriggerEvent("webhook", clock.instant(), data));
        LOG.debug("webhook {} accepted", hook.rule());
        response.setStatus(202);
        response.setContentType("application/json");
        response.getWriter().write(Json.write(Map.of("accepted", true, "rule", hook.rule())));
    }

    static Map<String, Object> query(String text) {
        Map<String, Object> values = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                values.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: that pair is ignored
            }
        }
        return values;
    }

    private static String printable(String path) {
        String clean = path.replaceAll("[^A-Za-z0-9._/-]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        // Most of these answers leave the request's body unread, and the server may then drop the connection while
        // the client is about to send its next request on it ("connection closed" in a webhook storm): say so.
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.write(Map.of("error", message)));
    }
}
