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
}
