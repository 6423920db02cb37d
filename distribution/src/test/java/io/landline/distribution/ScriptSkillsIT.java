package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JavaScript skills in the assembled runtime: a file saved into skills/ answers, a change is picked up, a
 * deleted file stops answering, a syntax error is reported with its line, and attacks are stopped while the
 * other skills keep answering.
 */
class ScriptSkillsIT {

    @TempDir
    Path folder;

    /** Saves a script the way an editor does: written beside, then moved into place. */
    private static void save(Path home, String name, String source) throws Exception {
        Path partial = home.resolve("skills/." + name + ".tmp");
        Files.writeString(partial, source, StandardCharsets.UTF_8);
        Files.move(partial, home.resolve("skills/" + name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Asks until the answer matches, for changes the hot folder applies in the background; returns the time. */
    static Duration askUntil(LandlineProcess landline, String utterance, Predicate<String> answer, Duration timeout)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = landline.ask(utterance);
            if (answer.test(last)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }
        throw new AssertionError("\"" + utterance + "\" was last answered \"" + last + "\"; output:\n"
                + landline.transcript());
    }

    @Test
    void scriptsAreHotLoadedAndSandboxed() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(folder);
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            // The shipped examples answer from the start.
            assertThat(landline.ask("flip a coin")).matches("(Heads|Tails)\\. Flip again\\?");
            // A wording the twentieth held-out speech set heard right and misunderstood: the day was taken for the
            // date.
            assertThat(landline.ask("what day are we on today")).matches("It's [A-Z][a-z]+day\\.");
            // Wordings of the twenty-first held-out set that were taken for something else ("put back ...") or
            // only guessed at.
            assertThat(landline.ask("read back whatever is on my shopping list")).isEqualTo(
                    "The shopping list is empty.");
            assertThat(landline.ask("how many minutes has the timer got left")).isEqualTo("No timer is running.");

            save(home, "hello.js", "intent('Hello', ['say hello', 'greet me'], req => say('Hello from a script.'));\n");
            Duration loaded = askUntil(landline, "say hello", "Hello from a script."::equals, Duration.ofSeconds(10));
            System.out.println("saved .js to answering: " + loaded.toMillis() + " ms");
            assertThat(loaded).isLessThan(Duration.ofSeconds(5));

            save(home, "hello.js", "intent('Hello', ['say hello'], req => 'Hello again.');\n");
            askUntil(landline, "say hello", "Hello again."::equals, Duration.ofSeconds(10));

            // A syntax error is reported with file and line; everything else keeps answering.
            save(home, "broken.js", "intent('Broken', ['be broken'], req => 'x');\nvar = ;\n");
            landline.await(line -> line.startsWith("(problem: skills/broken.js: not loaded: line 2"),
                    Duration.ofSeconds(10));
            assertThat(landline.ask("say hello")).isEqualTo("Hello again.");

            // A hostile template is refused with a problem; the skill's other sentences still work.
            save(home, "deep.js", "intent('Deep', ['" + "(".repeat(40) + "x" + ")".repeat(40)
                    + "', 'go deep'], req => 'Deep answer.');\n");
            askUntil(landline, "go deep", "Deep answer."::equals, Duration.ofSeconds(10));

            // Runaway handlers and attacks are stopped with a clear answer.
            save(home, "evil.js", """
                    intent('Spin', ['spin forever'], req => { while (true) {} });
                    intent('Escape', ['escape the sandbox'], req => java.lang.System.exit(3));
                    intent('Reflect', ['reflect on java'], req => ''.getClass().getClassLoader());
                    intent('Regex', ['run the bad regex'], req => /^(a+)+$/.test('a'.repeat(40) + 'b'));
                    intent('Hog', ['eat the memory'], req => { var a = [1]; while (true) a = a.concat(a); });
                    intent('Storm', ['start a timer storm'], req => { for (var i = 0; i < 100000; i++) setTimeout(() => 'x', 0); });
                    """);
            askUntil(landline, "spin forever", a -> a.startsWith("Sorry, the Evil skill was stopped: it used "),
                    Duration.ofSeconds(10));
            assertThat(landline.ask("escape the sandbox")).contains("\"java\" is not defined");
            assertThat(landline.ask("reflect on java")).contains("getClass");
            assertThat(landline.ask("run the bad regex")).contains("was stopped").contains("CPU");
            assertThat(landline.ask("eat the memory")).contains("was stopped");
            assertThat(landline.ask("start a timer storm")).contains("too many timers");
            assertThat(landline.ask("what time is it")).matches("It's \\d{1,2}:\\d\\d [AP]M\\.");
            assertThat(landline.ask("say hello")).isEqualTo("Hello again.");

            // Deleting the file unloads the skill; fixing the broken one clears its problem.
            Files.delete(home.resolve("skills/hello.js"));
            askUntil(landline, "say hello", a -> a.startsWith("Sorry, I didn't understand"), Duration.ofSeconds(10));
            save(home, "broken.js", "intent('Broken', ['be broken'], req => 'Fixed now.');\n");
            askUntil(landline, "be broken", "Fixed now."::equals, Duration.ofSeconds(10));
            landline.send("status");
            String problems = landline.await(line -> line.startsWith("problems:"), Duration.ofSeconds(10));
            landline.send("skills");
            landline.await(line -> line.startsWith("shopping"), Duration.ofSeconds(10));
            assertThat(landline.transcript().substring(landline.transcript().indexOf(problems)))
                    .doesNotContain("skills/broken.js").contains("skills/evil.js")
                    .containsPattern("template in skill deep: Deep: .* is ignored: nesting deeper than 12 levels");
        }
    }
}
