package io.landline.automation.internal;

import io.landline.api.automation.AutomationException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the automations' HTTP requests so they can never hold up the voice loop: a client with its own small
 * thread pool, a bound on requests in flight, time-outs on connecting and on the whole exchange, and retries with
 * exponential backoff on network errors, 429 and 5xx. URLs in messages are redacted.
 */
@Component(service = Outbound.class, configurationPid = "io.landline.automation")
public class Outbound {

    /** Settings in {@code etc/io.landline.automation.cfg}. */
    public @interface Config {
        /** Seconds to connect */
        double http_connect_timeout_seconds() default 3;

        /** Seconds for one whole request */
        double http_timeout_seconds() default 10;

        /** Retries after a network error, 429 or 5xx */
        int http_retries() default 2;

        /** First backoff in milliseconds; doubles each retry */
        long http_backoff_millis() default 500;

        /** Requests in flight at most; more wait their turn */
        int http_concurrency() default 4;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Outbound.class);

    /**
     * What came back.
     *
     * @param status  the HTTP status
     * @param body    the start of the body
     * @param attempts how many tries it took
     */
    record Result(int status, String body, int attempts) {
    }

    private final ExecutorService executor;
    private final HttpClient client;
    private final Semaphore inFlight;
    private final Duration timeout;
    private final int retries;
    private final long backoffMillis;

    /** @param config time-outs, retries, concurrency */
    @Activate
    public Outbound(Config config) {
        AtomicInteger count = new AtomicInteger();
        int concurrency = Math.max(1, config.http_concurrency());
        this.executor = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "landline-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().executor(executor)
                .connectTimeout(Duration.ofMillis((long) (config.http_connect_timeout_seconds() * 1000)))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.inFlight = new Semaphore(concurrency, true);
        this.timeout = Duration.ofMillis((long) (config.http_timeout_seconds() * 1000));
        this.retries = Math.max(0, config.http_retries());
        this.backoffMillis = Math.max(0, config.http_backoff_millis());
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /**
     * Sends a request, retrying when that may help.
     *
     * @param request the request, without a time-out (this adds it)
     * @param secrets secrets to keep out of messages
     * @return the final answer, which may be an error status that is not worth retrying
     * @throws AutomationException when no answer came, with a redacted message
     */
    Result send(HttpRequest request, Collection<String> secrets) throws AutomationException {
        String url = Redact.text(request.uri().toString(), secrets);
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
        String last = "";
        for (int attempt = 1; attempt <= retries + 1; attempt++) {
            if (attempt > 1) {
                pause(backoffMillis << (attempt - 2));
            }
            try {
                if (!inFlight.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    last = "too many requests in flight for " + timeout.toSeconds() + " s";
                    continue;
                }
                HttpResponse<String> response;
                try {
                    response = client.sendAsync(timed, HttpResponse.BodyHandlers.ofString())
                            .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
                } finally {
                    inFlight.release();
                }
                int status = response.statusCode();
                String body = response.body() == null ? "" : response.body();
                if (status == 429 || status >= 500) {
                    last = "HTTP " + status + " from " + url;
                    LOG.debug("{} (attempt {})", last, attempt);
                    continue;
                }
                return new Result(status, body.length() > 200 ? body.substring(0, 200) + "..." : body, attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AutomationException("interrupted while sending to " + url);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                last = (cause instanceof HttpTimeoutException ? "timed out" : cause instanceof IOException
                        ? "network error (" + cause.getClass().getSimpleName()
                                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")"
                        : "failed (" + cause + ")") + " sending to " + url;
                LOG.debug("{} (attempt {})", Redact.text(last, secrets), attempt);
            } catch (TimeoutException e) {
                last = "timed out sending to " + url;
            }
        }
        throw new AutomationException(Redact.text(last, secrets) + " after " + (retries + 1) + " attempt(s)");
    }

    private static void pause(long millis) throws AutomationException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutomationException("interrupted while waiting to retry");
        }
    }
}
