package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code webhook}: an HTTP request to {@code /hooks/<rule id>} on the runtime's HTTP server (the OSGi HTTP
 * whiteboard; Felix's Jetty binds 127.0.0.1 by default, see {@code etc/org.apache.felix.http.cfg}). The request
 * must carry the rule's {@code token} (header {@code X-Landline-Token} or query {@code ?token=}); a body, if
 * any, must be a JSON object, whose fields become the trigger data (also under {@code json}). Requests are rate
 * limited per rule and in total; the answer is always JSON with a clear message.
 */
@Component(service = { TriggerType.class, Servlet.class }, configurationPid = "io.landline.automation",
        property = { "osgi.http.whiteboard.servlet.pattern=/hooks/*",
                "osgi.http.whiteboard.servlet.name=landline-webhooks" })
@Designate(ocd = WebhookTrigger.Config.class)
public class WebhookTrigger extends HttpServlet implements TriggerType {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookTrigger.class);
    static final String TOKEN_HEADER = "X-Landline-Token";

    /** Limits in {@code etc/io.landline.automation.cfg}. */
    @ObjectClassDefinition(name = "Landline webhooks")
    public @interface Config {
        @AttributeDefinition(description = "Requests per second one webhook rule accepts on average")
        double webhook_rate() default 5;

        @AttributeDefinition(description = "Requests one webhook rule accepts in a burst")
        int webhook_burst() default 10;

        @AttributeDefinition(description = "Requests per second all webhooks together accept, valid or not")
        double webhook_total_rate() default 50;

        @AttributeDefinition(description = "Largest body accepted, in bytes")
        int webhook_max_bytes() default 65_536;
    }

    private record Hook(String rule, byte[] token, RateLimiter limiter, Consumer<TriggerEvent> fire) {
    }

    private final transient Map<String, Hook> hooks = new ConcurrentHashMap<>();
    private final transient Config config;
    private final transient RateLimiter total;
    private final transient Clock clock = Clock.systemUTC();

    /** @param config the limits */
    @Activate
    public WebhookTrigger(Config config) {
        this.config = config;
        this.total = new RateLimiter(config.webhook_total_rate(), (int) Math.max(1, config.webhook_total_rate() * 2),
                System::nanoTime);
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
        String token = request.getHeader(TOKEN_HEADER);
        if (token == null) {
            token = request.getParameter("token");
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
        Map<String, Object> data = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("token") && v.length > 0) {
                data.put(k, v[0]);
            }
        });
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

    private static String printable(String path) {
        String clean = path.replaceAll("[^A-Za-z0-9._/-]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.write(Map.of("error", message)));
    }
}
