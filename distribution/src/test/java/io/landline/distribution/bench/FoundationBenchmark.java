package io.landline.distribution.bench;

import io.landline.distribution.LandlineProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures the text pipeline of the assembled product as a user drives it: cold start, one-shot {@code ask},
 * steady-state latency through the running console, time for an engine swap to take effect, resident memory.
 * The baseline is the same stdin/stdout round trip through {@code cat}, measured in the same run, so the figures
 * show what Landline adds over the pipe itself. Prints a Markdown report.
 *
 * <pre>
 * scripts/bench-foundation      (builds, then runs this with the distribution and fixtures)
 * </pre>
 */
public final class FoundationBenchmark {

    private static final String[] UTTERANCES = { "what time is it", "what's the date", "what day is it",
        "what can you do", "blorp the frobnicator", "What TIME is it?" };

    private FoundationBenchmark() {
    }

    /**
     * @param args utterances to time (default 1000), cold starts (default 10), swaps (default 10)
     * @throws Exception when the product does not behave
     */
    public static void main(String[] args) throws Exception {
        int utterances = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int swaps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path home = LandlineProcess.copyOfDistribution(Files.createTempDirectory("landline-bench"));

        double[] ask = new double[starts];
        double[] firstAnswer = new double[starts];
        for (int i = 0; i < starts; i++) {
            long t0 = System.nanoTime();
            try (LandlineProcess once = LandlineProcess.start(home, "ask", "what time is it")) {
                once.awaitExit(Duration.ofSeconds(60));
            }
            ask[i] = millis(t0);
            t0 = System.nanoTime();
            try (LandlineProcess console = LandlineProcess.start(home)) {
                console.ask("what time is it");
                firstAnswer[i] = millis(t0);
            }
        }

        double[] baseline = echoLatencies(utterances);
        double[] latency;
        long rssIdle;
        long rssAfter;
        double[] swapNotice = new double[swaps];
        double[] swapAnswer = new double[swaps];
        try (LandlineProcess console = LandlineProcess.start(home)) {
            console.ask("what time is it");
            rssIdle = rssKb(console.process().pid());
            for (int i = 0; i < 200; i++) {
                console.ask(UTTERANCES[i % UTTERANCES.length]); // warm-up
            }
            latency = new double[utterances];
            for (int i = 0; i < utterances; i++) {
                long t0 = System.nanoTime();
                console.ask(UTTERANCES[i % UTTERANCES.length]);
                latency[i] = millis(t0);
            }
            rssAfter = rssKb(console.process().pid());
            Path fixture = LandlineProcess.fixtures().resolve("io.landline.fixture.shout.jar");
            Path deployed = home.resolve("deploy/shout.jar");
            for (int i = 0; i < swaps; i++) {
                Path part = home.resolve("deploy/shout.part");
                Files.copy(fixture, part, StandardCopyOption.REPLACE_EXISTING);
                long t0 = System.nanoTime();
                Files.move(part, deployed, StandardCopyOption.ATOMIC_MOVE);
                console.awaitContaining("(intent engine is now shout)");
                swapNotice[i] = millis(t0);
                console.ask("hello");
                swapAnswer[i] = millis(t0);
                Files.delete(deployed);
                console.await(line -> line.startsWith("(intent engine is now") && !line.contains("shout"),
                        Duration.ofSeconds(30));
            }
        }

        System.out.printf(Locale.ROOT, "| measure | p50 | p95 | p99 | n |%n|---|---|---|---|---|%n");
        row("cold start to first console answer (ms)", firstAnswer);
        row("`bin/landline ask` whole run (ms)", ask);
        row("text → response through the running console (ms)", latency);
        row("baseline: same pipe round trip through `cat` (ms)", baseline);
        row("swap: jar moved into deploy/ → engine-changed notice (ms)", swapNotice);
        row("swap: jar moved into deploy/ → first answer from new engine (ms)", swapAnswer);
        System.out.printf(Locale.ROOT, "%nResident memory (VmRSS) of the running assistant: %d MB after start, "
                + "%d MB after %d utterances.%n", rssIdle / 1024, rssAfter / 1024, utterances + 200);
        System.out.printf(Locale.ROOT, "Landline's own share of the steady-state latency (p50 minus baseline p50): "
                + "%.3f ms%n", percentile(latency, 50) - percentile(baseline, 50));
    }

    /** Round trips of a line through {@code cat}: the floor of what a pipe-driven console can do. */
    private static double[] echoLatencies(int count) throws IOException {
        Process cat = new ProcessBuilder("cat").start();
        try (Writer in = new OutputStreamWriter(cat.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(cat.getInputStream(),
                        StandardCharsets.UTF_8))) {
            double[] latencies = new double[count];
            for (int i = -200; i < count; i++) {
                long t0 = System.nanoTime();
                in.write(UTTERANCES[Math.floorMod(i, UTTERANCES.length)] + "\n");
                in.flush();
                out.readLine();
                if (i >= 0) {
                    latencies[i] = millis(t0);
                }
            }
            return latencies;
        } finally {
            cat.destroy();
        }
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void row(String name, double[] values) {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d |%n", name, percentile(values, 50),
                percentile(values, 95), percentile(values, 99), values.length);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
