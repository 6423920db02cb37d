package io.landline.distribution;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP on loopback for the automation tests: a local server that stands in for IFTTT and other web
 * services and records what it receives, and a client for the runtime's webhooks.
 */
final class Loopback implements AutoCloseable {

    /** One request the server received. */
    record Received(String method, String path, String contentType, String authorization, String body,
            long nanos) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Loopback() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            long at = System.nanoTime();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(body, StandardCharsets.UTF_8), at));
            byte[] answer = "Congratulations! You've fired the event".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** @return {@code http://127.0.0.1:PORT} */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits for the next request the server received. */
    Received next(Duration timeout) throws InterruptedException {
        Received request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("the local server received nothing within " + timeout);
        }
        return request;
    }

    /** @return requests received and not yet taken */
    BlockingQueue<Received> received() {
        return received;
    }

    /** Sends a webhook request and returns status and body. */
    HttpResponse<String> post(String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Landline-Token", token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** @return a port nothing listens on now */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the runtime's HTTP server at a free port; returns it. */
    static int configureHttpPort(Path home) throws IOException {
        int port = freePort();
        Path cfg = home.resolve("etc/org.apache.felix.http.cfg");
        Files.writeString(cfg, Files.readString(cfg).replaceAll("(?m)^org\\.osgi\\.service\\.http\\.port.*$",
                "org.osgi.service.http.port = " + port));
        return port;
    }

    /** Sets lines in {@code etc/io.landline.automation.cfg}. */
    static void configureAutomation(Path home, String... lines) throws IOException {
        Path cfg = home.resolve("etc/io.landline.automation.cfg");
        Files.writeString(cfg, Files.readString(cfg) + "\n" + String.join("\n", lines) + "\n");
    }
}
