package io.landline.distribution;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from saving a {@code .js} file into skills/ to its intent answering, in the assembled runtime, against
 * the baseline of asking an intent that is already loaded (one console round trip). Prints figures; asserts
 * nothing. Not run by default: {@code mvn -o verify -pl distribution -am -Dit.test=HotLoadBenchmark}.
 */
class HotLoadBenchmark {

    @TempDir
    Path folder;

    @Test
    void saveToAnswer() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(folder);
        int rounds = 15;
        List<Long> load = new ArrayList<>();
        List<Long> change = new ArrayList<>();
        List<Long> roundTrip = new ArrayList<>();
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            landline.ask("flip a coin");
            for (int i = 0; i < rounds; i++) {
                String word = "zebra" + (char) ('a' + i);
                long start = System.nanoTime();
                save(home, "bench" + i + ".js", "intent('B', ['bench " + word + "'], req => 'loaded " + i + "');");
                ScriptSkillsIT.askUntil(landline, "bench " + word, ("loaded " + i)::equals, Duration.ofSeconds(10));
                load.add((System.nanoTime() - start) / 1_000_000);
                start = System.nanoTime();
                save(home, "bench" + i + ".js", "intent('B', ['bench " + word + "'], req => 'changed " + i + "');");
                ScriptSkillsIT.askUntil(landline, "bench " + word, ("changed " + i)::equals, Duration.ofSeconds(10));
                change.add((System.nanoTime() - start) / 1_000_000);
                start = System.nanoTime();
                landline.ask("bench " + word);
                roundTrip.add((System.nanoTime() - start) / 1_000);
            }
        }
        System.out.println("new .js file to answering (ms):     " + summary(load));
        System.out.println("changed .js file to new answer (ms): " + summary(change));
        System.out.println("baseline: ask a loaded intent (us):  " + summary(roundTrip));
    }

    private static void save(Path home, String name, String source) throws Exception {
        Path partial = home.resolve("skills/." + name + ".tmp");
        Files.writeString(partial, source, StandardCharsets.UTF_8);
        Files.move(partial, home.resolve("skills/" + name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "min " + sorted.get(0) + ", median " + sorted.get(sorted.size() / 2) + ", max "
                + sorted.get(sorted.size() - 1) + " (n=" + sorted.size() + ")";
    }
}
