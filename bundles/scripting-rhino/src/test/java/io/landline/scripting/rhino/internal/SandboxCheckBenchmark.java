package io.landline.scripting.rhino.internal;

import io.landline.api.skill.Response;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the sandbox's CPU and memory checks cost on a busy handler (primes below 20,000 by trial division, a few
 * million interpreted instructions): the same script through a runner whose instruction observer checks the
 * budget every 10,000 instructions, and through one with no observer. A trivial handler shows the fixed cost of a
 * call (worker hand-off, context, request object). Run by {@code scripts/bench-intents}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SandboxCheckBenchmark {

    static final String SOURCE = """
            intent('Primes', ['count primes'], req => {
              var count = 0;
              for (var n = 2; n < 20000; n++) {
                var prime = true;
                for (var d = 2; d * d <= n; d++) { if (n % d == 0) { prime = false; break; } }
                if (prime) count++;
              }
              return 'There are ' + count + ' primes.';
            });
            intent('Ping', ['ping'], req => 'pong');
            """;

    Scripts observed;
    Scripts unobserved;
    ScriptSkill checked;
    ScriptSkill unchecked;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Runner.Limits generous = new Runner.Limits(10_000, 4L * 1024 * 1024 * 1024, 60_000);
        observed = new Scripts(Files.createTempDirectory("bench"), generous, true);
        unobserved = new Scripts(Files.createTempDirectory("bench"), generous, false);
        checked = observed.load("primes", SOURCE);
        unchecked = unobserved.load("primes", SOURCE);
        String answer = Scripts.ask(checked, "Primes").text();
        if (!answer.equals("There are 2262 primes.") || !answer.equals(Scripts.ask(unchecked, "Primes").text())) {
            throw new IllegalStateException("unexpected answer: " + answer);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        observed.close();
        unobserved.close();
    }

    @Benchmark
    public Response busyHandlerWithChecks() {
        return Scripts.ask(checked, "Primes");
    }

    @Benchmark
    public Response busyHandlerWithoutChecks() {
        return Scripts.ask(unchecked, "Primes");
    }

    @Benchmark
    public Response trivialHandlerWithChecks() {
        return Scripts.ask(checked, "Ping");
    }

    /**
     * Alternates the two runners for a number of rounds and prints min and median wall time of each: alternating
     * spreads the noise of a shared machine evenly over both, and the minimum is the least disturbed run.
     */
    public static void main(String[] args) throws Exception {
        SandboxCheckBenchmark bench = new SandboxCheckBenchmark();
        bench.setUp();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long[] with = new long[rounds];
        long[] without = new long[rounds];
        for (int i = 0; i < 10; i++) {
            bench.busyHandlerWithChecks();
            bench.busyHandlerWithoutChecks();
        }
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            bench.busyHandlerWithChecks();
            with[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bench.busyHandlerWithoutChecks();
            without[i] = System.nanoTime() - start;
        }
        bench.tearDown();
        java.util.Arrays.sort(with);
        java.util.Arrays.sort(without);
        System.out.printf("busy handler with CPU/memory checks:    min %.1f ms, median %.1f ms%n", with[0] / 1e6,
                with[rounds / 2] / 1e6);
        System.out.printf("busy handler without checks (baseline): min %.1f ms, median %.1f ms%n", without[0] / 1e6,
                without[rounds / 2] / 1e6);
        System.out.printf("overhead: %+.1f%% (min), %+.1f%% (median)%n", 100.0 * (with[0] - without[0]) / without[0],
                100.0 * (with[rounds / 2] - without[rounds / 2]) / without[rounds / 2]);
    }
}
