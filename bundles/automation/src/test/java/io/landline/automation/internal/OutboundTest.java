package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outbound HTTP against a real server on loopback: retries, time-outs, redaction, and the IFTTT format. */
class OutboundTest {

    private HttpServer server;
    private String base;
    private final AtomicInteger hits = new AtomicInteger();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CountDownLatch never = new CountDownLatch(1);
    private Outbound outbound;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/flaky", exchange -> {
            int n = hits.incrementAndGet();
            exchange.sendResponseHeaders(n < 3 ? 503 : 200, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            hits.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/trigger", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean badKey = exchange.getRequestURI().getPath().contains("/with/key/")
                    && !exchange.getRequestURI().getPath().endsWith("/k3y-from-config");
            byte[] body = (badKey ? "invalid key" : "Congratulations!").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(badKey ? 401 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        outbound = new Outbound(config(0.5, 1));
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
        outbound.deactivate();
    }

    private static Outbound.Config config(double timeoutSeconds, int retries) {
        return new Outbound.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Outbound.Config.class;
            }

            @Override
            public double http_connect_timeout_seconds() {
                return 1;
            }

            @Override
            public double http_timeout_seconds() {
                return timeoutSeconds;
            }

            @Override
            public int http_retries() {
                return retries;
            }

            @Override
            public long http_backoff_millis() {
                return 10;
            }

            @Override
            public int http_concurrency() {
                return 2;
            }
        };
    }

    private static TriggerEvent event(Map<String, Object> data) {
        return new TriggerEvent("call", Instant.EPOCH, data);
    }

    @Test
    void retriesServerErrorsWithBackoff() throws Exception {
        Outbound patient = new Outbound(config(2, 2));
        try {
            String done = new HttpAction(patient).run(Map.of("url", base + "/flaky"), event(Map.of()));
            assertThat(done).isEqualTo("GET " + base + "/flaky -> 200 after 3 attempts");
            assertThat(hits).hasValue(3);
        } finally {
            patient.deactivate();
        }
    }

    @Test
    void clientErrorsAreNotRetried() {
        assertThatThrownBy(() -> new HttpAction(outbound).run(Map.of("url", base + "/missing?token=abc123"),
                event(Map.of()))).isInstanceOf(AutomationException.class)
                .hasMessage("GET " + base + "/missing?token=*** answered HTTP 404");
        assertThat(hits).hasValue(1);
    }

    @Test
    void timeOutsEndTheWaitAndNameNoSecret() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new HttpAction(outbound).run(Map.of("url", base + "/slow",
                "headers", Map.of("Authorization", "Bearer topsecret")), event(Map.of())))
                .hasMessageContaining("timed out sending to " + base + "/slow after 2 attempt(s)")
                .hasMessageNotContaining("topsecret");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void nothingListeningIsANetworkError() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new HttpAction(outbound).run(Map.of("url", "http://127.0.0.1:" + port + "/x"),
                event(Map.of()))).hasMessageContaining("network error").hasMessageContaining("after 2 attempt(s)");
    }

    @Test
    void generalRequestWithTemplatedHeadersAndJsonBody() throws Exception {
        String done = new HttpAction(outbound).run(Map.of("url", base + "/trigger/{{event}}", "method", "put",
                "headers", Map.of("X-Caller", "{{caller}}"), "body", new java.util.TreeMap<>(Map.of("who", "{{caller}}", "n", 2L))),
                event(Map.of("event", "call", "caller", "Mom")));
        assertThat(done).isEqualTo("PUT " + base + "/trigger/call -> 200");
        assertThat(received.take()).isEqualTo("PUT /trigger/call application/json {\"n\":2,\"who\":\"Mom\"}");
    }

    @Test
    void iftttMakerWebhooksFormatWithTheKeyRedacted() throws Exception {
        IftttAction ifttt = new IftttAction(outbound, new IftttAction.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return IftttAction.Config.class;
            }

            @Override
            public String ifttt_url() {
                return base + "/trigger/{event}/with/key/{key}";
            }

            @Override
            public String ifttt_key() {
                return "k3y-from-config";
            }
        });
        String done = ifttt.run(Map.of("event", "missed_call", "value1", "{{caller}}", "value2", "{{number}}"),
                event(Map.of("caller", "Mom", "number", "+15550100")));
        assertThat(done).isEqualTo("IFTTT event 'missed_call' sent -> 200");
        assertThat(received.take()).isEqualTo("POST /trigger/missed_call/with/key/k3y-from-config application/json "
                + "{\"value1\":\"Mom\",\"value2\":\"+15550100\"}");
        assertThatThrownBy(() -> ifttt.run(Map.of("event", "x", "key", "wrong-key-42"), event(Map.of())))
                .hasMessage("IFTTT event 'x' answered HTTP 401 (" + base + "/trigger/x/with/key/***)");
        received.clear();
        assertThatThrownBy(() -> new HttpAction(outbound).run(Map.of("url", "ftp://x/y"), event(Map.of())))
                .hasMessageContaining("not an http(s) URL");
        assertThat(List.of()).isEmpty();
    }
}
