package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import io.landline.api.telephony.CallListener;
import io.landline.api.telephony.TelephonyException;
import io.landline.telephony.asterisk.internal.AsteriskConfig;
import io.landline.telephony.asterisk.internal.AsteriskTelephony;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calling benchmarks, measured and printed, not asserted on time (see docs/benchmarks.md, "## Calling").
 * Not part of the default suite: {@code mvn verify -pl distribution -am -Dit.test=CallingBenchmark -Dtest=NONE}.
 */
class CallingBenchmark {

    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    /** "yes" typed into the console → the callee's phone receives the INVITE, against a raw AMI Originate. */
    @Test
    void yesToInviteAgainstRawOriginate() throws Exception {
        int agiPort = TelephonyLab.freeTcpPort();
        try (TelephonyLab lab = TelephonyLab.start(Files.createDirectories(folder.resolve("lab")), agiPort)) {
            Path home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
            Files.writeString(home.resolve("etc/io.landline.telephony.asterisk.cfg"),
                    lab.landlineConfig(agiPort, false));
            Files.writeString(home.resolve("etc/io.landline.skill.calling.cfg"),
                    "contacts = Mom: mobile=5550100\ncalls.per.hour = 1000\n");
            TelephonyLab.Phone mom = lab.phone("mom");
            TelephonyLab.Phone speaker = lab.phone("speaker");
            List<Double> landline = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            try (LandlineProcess process = LandlineProcess.start(home);
                    Socket ami = new Socket(InetAddress.getLoopbackAddress(), lab.amiPort())) {
                awaitConnected(home);
                BufferedReader in = new BufferedReader(new InputStreamReader(ami.getInputStream(),
                        StandardCharsets.US_ASCII));
                OutputStream out = ami.getOutputStream();
                in.readLine();
                out.write(("Action: Login\r\nUsername: landline\r\nSecret: " + lab.amiSecret() + "\r\nEvents: off\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int round = -1; round < ROUNDS; round++) { // round -1 warms up
                    assertThat(process.ask("call mom")).isEqualTo("Call Mom?");
                    long yes = System.nanoTime();
                    process.send("yes");
                    long invite = mom.awaitTime(l -> l.contains("answering call on line"), Duration.ofSeconds(20));
                    mom.awaitEstablished(Duration.ofSeconds(20));
                    process.await(l -> l.equals("Calling Mom."), Duration.ofSeconds(20));
                    assertThat(process.ask("hang up")).isEqualTo("Hanging up.");
                    mom.awaitTerminated(Duration.ofSeconds(20));
                    speaker.awaitTerminated(Duration.ofSeconds(20));

                    long originate = System.nanoTime();
                    out.write(("Action: Originate\r\nChannel: PJSIP/speaker\r\nContext: landline-outbound\r\n"
                            + "Exten: 5550100\r\nPriority: 1\r\nAsync: true\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    long rawInvite = mom.awaitTime(l -> l.contains("answering call on line"), Duration.ofSeconds(20));
                    mom.awaitEstablished(Duration.ofSeconds(20));
                    mom.hangup();
                    mom.awaitTerminated(Duration.ofSeconds(20));
                    speaker.awaitTerminated(Duration.ofSeconds(20));
                    if (round >= 0) {
                        landline.add((invite - yes) / 1e6);
                        raw.add((rawInvite - originate) / 1e6);
                    }
                }
            }
            System.out.printf("CALLING yes->INVITE ms: median %.1f min %.1f max %.1f %s%n", median(landline),
                    Collections.min(landline), Collections.max(landline), landline);
            System.out.printf("CALLING raw AMI Originate->INVITE ms: median %.1f min %.1f max %.1f %s%n",
                    median(raw), Collections.min(raw), Collections.max(raw), raw);
        }
    }

    /**
     * 20 originates per second for a minute through the telephony bundle's provider against Local channels, with a
     * fast and a slow (20 ms per event) {@link CallListener}: AMI errors, lost events, event delivery.
     */
    @Test
    void twentyOriginatesPerSecondForAMinuteWithASlowListener() throws Exception {
        int seconds = Integer.getInteger("calling.bench.seconds", 60);
        int rate = 20;
        int agiPort = TelephonyLab.freeTcpPort();
        try (TelephonyLab lab = TelephonyLab.start(Files.createDirectories(folder.resolve("lab")), agiPort)) {
            AsteriskTelephony provider = new AsteriskTelephony(config(Map.of("port", lab.amiPort(),
                    "secret", lab.amiSecret(), "agi_port", agiPort,
                    "sites", "bench=Local/s@landline-bench", "outbound_context", "landline-bench")));
            Map<String, Long> placed = new ConcurrentHashMap<>();
            Map<String, Long> ended = new ConcurrentHashMap<>();
            List<Long> fastLag = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger slowSeen = new AtomicInteger();
            CountDownLatch slowDone = new CountDownLatch(1);
            int total = seconds * rate;
            CallListener fast = event -> {
                fastLag.add(Duration.between(event.at(), Instant.now()).toNanos());
                if (event.call().state() == Call.State.ENDED) {
                    ended.put(event.call().id(), System.nanoTime());
                }
            };
            CallListener slow = event -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (event.call().state() == Call.State.ENDED && slowSeen.incrementAndGet() == total) {
                    slowDone.countDown();
                }
            };
            invoke(provider, "addListener", fast);
            invoke(provider, "addListener", slow);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!provider.isConnected() && System.nanoTime() < deadline) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                assertThat(provider.isConnected()).isTrue();
                int errors = 0;
                long start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long due = start + i * (1_000_000_000L / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    try {
                        placed.put(provider.originate("bench", "4000").id(), System.nanoTime());
                    } catch (TelephonyException e) {
                        errors++;
                    }
                }
                double sendSeconds = (System.nanoTime() - start) / 1e9;
                long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (ended.size() < placed.size() && System.nanoTime() < settle) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                double fastSeconds = (System.nanoTime() - start) / 1e9;
                boolean drained = slowDone.await(120, TimeUnit.SECONDS);
                double slowSeconds = (System.nanoTime() - start) / 1e9;
                List<Long> lags = new ArrayList<>(fastLag);
                Collections.sort(lags);
                System.out.printf("CALLING originates: %d sent in %.1f s (%.1f/s), AMI errors %d, ended events %d, "
                        + "lost %d, still active %d%n", placed.size(), sendSeconds, placed.size() / sendSeconds,
                        errors, ended.size(), placed.size() - ended.size(), provider.activeCalls().size());
                System.out.printf("CALLING fast listener: %d events, all ended by %.1f s, delivery lag p50 %.2f ms "
                        + "p99 %.2f ms max %.2f ms%n", lags.size(), fastSeconds, lags.get(lags.size() / 2) / 1e6,
                        lags.get((int) (lags.size() * 0.99)) / 1e6, lags.get(lags.size() - 1) / 1e6);
                System.out.printf("CALLING slow listener (20 ms/event): drained=%s after %.1f s, %.0f events/s%n",
                        drained, slowSeconds, slowSeen.get() / slowSeconds);
                assertThat(errors).isZero();
                assertThat(ended.keySet()).containsAll(placed.keySet());
            } finally {
                invoke(provider, "deactivate", null);
            }
        }
    }

    private static void invoke(AsteriskTelephony provider, String method, CallListener listener) throws Exception {
        var m = listener == null ? AsteriskTelephony.class.getDeclaredMethod(method)
                : AsteriskTelephony.class.getDeclaredMethod(method, CallListener.class);
        m.setAccessible(true);
        if (listener == null) {
            m.invoke(provider);
        } else {
            m.invoke(provider, listener);
        }
    }

    private static AsteriskConfig config(Map<String, Object> values) {
        return (AsteriskConfig) Proxy.newProxyInstance(AsteriskConfig.class.getClassLoader(),
                new Class<?>[] { AsteriskConfig.class }, (proxy, method, args) -> {
                    Object value = values.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
                });
    }

    private static void awaitConnected(Path home) throws Exception {
        Path log = home.resolve("data/log/landline.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("Connected to Asterisk at")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("Landline did not connect to Asterisk");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
