package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automation figures for {@code docs/benchmarks.md}; prints them, asserts nothing about speed. Not run by the
 * normal build (the name does not end in IT). Run:
 *
 * <pre>
 * scripts/bench-automation   (that is: mvn verify -pl bundles/automation,distribution -am -Dit.test=AutomationBenchmark
 *     -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false)
 * </pre>
 */
class AutomationBenchmark {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = "bench-token-0123456789abcdef";

    @TempDir
    Path folder;

    @Test
    void latencyAndThroughput() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(folder);
        int port = Loopback.configureHttpPort(home);
        // The limits are raised so the benchmark measures capacity, not the configured rate limit.
        Loopback.configureAutomation(home, "webhook.rate = 100000", "webhook.burst = 100000",
                "webhook.total.rate = 100000", "rule.queue = 1000");
        try (Loopback web = new Loopback()) {
            Files.writeString(home.resolve("rules/bench.yaml"), """
                    rules:
                      - id: phrase
                        when: { phrase: "benchmark the phrase rule", reply: "Reply." }
                        then: [ say: "Rule action." ]
                      - id: hook
                        when: { webhook: { token: "%s" } }
                        then: [ http: { method: POST, url: "%s/first", body: { n: "{{n}}" } } ]
                      - id: load
                        when: { webhook: { token: "%s" } }
                        then: [ wait: 0ms ]
                    """.formatted(TOKEN, web.base(), TOKEN));
            try (LandlineProcess landline = LandlineProcess.start(home)) {
                landline.send("rules list");
                landline.awaitContaining("/hooks/load");
                String hook = "http://127.0.0.1:" + port + "/hooks/";

                // warm up every path, so the JIT has compiled it before anything is measured
                long warm = System.nanoTime();
                for (int i = 0; i < 50 || System.nanoTime() - warm < 3_000_000_000L; i++) {
                    voice(landline);
                    phrase(landline);
                    webhook(web, hook);
                }

                List<Long> phrase = new ArrayList<>();
                List<Long> webhook = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    phrase.add(phrase(landline));
                    webhook.add(webhook(web, hook));
                }
                // idle baseline: as long as the loaded run, right before it
                List<Long> voiceIdle = new ArrayList<>();
                long idle = System.nanoTime();
                while (System.nanoTime() - idle < 5_000_000_000L) {
                    voiceIdle.add(voice(landline));
                }

                AtomicBoolean storming = new AtomicBoolean(true);
                AtomicInteger accepted = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<?>> senders = new ArrayList<>();
                long start = System.nanoTime();
                for (int t = 0; t < 4; t++) {
                    senders.add(pool.submit(() -> {
                        while (storming.get()) {
                            HttpResponse<String> response = web.post(hook + "load", TOKEN, "{\"n\":1}");
                            (response.statusCode() == 202 ? accepted : refused).incrementAndGet();
                        }
                        return null;
                    }));
                }
                List<Long> voiceLoaded = new ArrayList<>();
                while (System.nanoTime() - start < 5_000_000_000L) {
                    voiceLoaded.add(voice(landline));
                }
                storming.set(false);
                for (Future<?> sender : senders) {
                    sender.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                assertThat(refused).hasValue(0);

                String report = String.format(Locale.ROOT, """
                        | measure | median | p95 | max | n |
                        |---|---|---|---|---|
                        | phrase rule: typed phrase -> first action said | %s | %s | %s | %d |
                        | webhook rule: POST sent -> first action's HTTP request received | %s | %s | %s | %d |
                        | voice command round trip, idle, 5 s ("what time is it" typed into the console) | %s | %s | %s | %d |
                        | voice command round trip during the 5 s webhook load below | %s | %s | %s | %d |

                        Webhook load: %d requests accepted (202) in %.1f s = **%.0f requests/s** handled by 4 client
                        threads, %d refused; each ran a rule (`wait: 0ms`).
                        """, ms(phrase, 50), ms(phrase, 95), ms(phrase, 100), phrase.size(), ms(webhook, 50),
                        ms(webhook, 95), ms(webhook, 100), webhook.size(), ms(voiceIdle, 50), ms(voiceIdle, 95),
                        ms(voiceIdle, 100), voiceIdle.size(), ms(voiceLoaded, 50), ms(voiceLoaded, 95),
                        ms(voiceLoaded, 100), voiceLoaded.size(), accepted.get(), seconds, accepted.get() / seconds,
                        refused.get());
                System.out.println(report);
                Files.writeString(Path.of("target/automation-benchmark.md"), report);
            }
        }
    }

    private static long voice(LandlineProcess landline) throws Exception {
        long start = System.nanoTime();
        landline.send("what time is it");
        landline.await(line -> line.startsWith("It's "), WAIT);
        return System.nanoTime() - start;
    }

    private static long phrase(LandlineProcess landline) throws Exception {
        long start = System.nanoTime();
        landline.send("benchmark the phrase rule");
        // The skill's reply and the rule's action run in parallel and may come in either order.
        String first = landline.await(line -> line.equals("Rule action.") || line.equals("Reply."), WAIT);
        if (first.equals("Reply.")) {
            landline.await(line -> line.equals("Rule action."), WAIT);
            return System.nanoTime() - start;
        }
        long took = System.nanoTime() - start;
        landline.await(line -> line.equals("Reply."), WAIT);
        return took;
    }

    private static long webhook(Loopback web, String hook) throws Exception {
        long start = System.nanoTime();
        assertThat(web.post(hook + "hook", TOKEN, "{\"n\":1}").statusCode()).isEqualTo(202);
        return web.next(WAIT).nanos() - start;
    }

    private static String ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        long value = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        return String.format(Locale.ROOT, "%.2f ms", value / 1e6);
    }
}
