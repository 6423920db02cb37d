package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech engines swapped and broken by configuration while the assistant listens: nothing in flight is lost, and
 * a broken engine is a clear problem while the rest keeps working.
 */
class EngineSwapIT {

    @TempDir
    Path folder;

    @Test
    void swappingTheRecognizerModelWhileListeningLosesNoUtterance() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
        Path otherModel = home.resolve("models/other-en-us");
        copyTree(home.resolve("models/vosk-model-en-us"), otherModel);
        Speech speech = new Speech(Files.createDirectories(folder.resolve("audio")));
        byte[] first = Speech.pcm(speech.join(speech.silence(0.5),
                speech.say("en-us", 150, "computer, what time is it"), speech.silence(1.5)));
        byte[] second = Speech.pcm(speech.join(speech.say("en+f3", 140, "computer, what day is it today"),
                speech.silence(1.5)));
        byte[] third = Speech.pcm(speech.join(speech.say("en-us+m3", 160, "computer, what can you do"),
                speech.silence(1.5)));

        try (LandlineProcess landline = LandlineProcess.start(home, "listen", "-", "--json")) {
            OutputStream audio = landline.process().getOutputStream();
            audio.write(first);
            audio.flush();
            landline.await(l -> l.contains("\"type\":\"response\""), Duration.ofSeconds(60));

            // The second command is being spoken: its wake word is heard, half of the command is in.
            int half = second.length * 55 / 100;
            audio.write(second, 0, half);
            audio.flush();
            landline.await(l -> l.contains("\"type\":\"wake\""), Duration.ofSeconds(30));
            Files.writeString(home.resolve("etc/io.landline.asr.vosk.cfg"), "model.path = " + otherModel + "\n");
            awaitLine(home.resolve("data/log/landline.log"), "Vosk model loaded from " + otherModel,
                    Duration.ofSeconds(60));
            audio.write(second, half, second.length - half);
            audio.flush();
            landline.await(l -> l.contains("\"type\":\"response\""), Duration.ofSeconds(30));

            // The next command runs on the new model.
            audio.write(third);
            audio.close();
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).as(landline.transcript()).isZero();
            String output = landline.transcript();
            assertThat(output.lines().filter(l -> l.contains("\"type\":\"intent\"")).toList()).as(output)
                    .hasSize(3)
                    .anySatisfy(l -> assertThat(l).contains("GetTime"))
                    .anySatisfy(l -> assertThat(l).contains("GetDay"))
                    .anySatisfy(l -> assertThat(l).contains("Help"));
            assertThat(output).doesNotContain("\"type\":\"error\"");
        }
    }

    @Test
    void badModelPathIsAClearProblemAndTheRestKeepsWorking() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
        Files.writeString(home.resolve("etc/io.landline.asr.vosk.cfg"), "model.path = /nonexistent/vosk-model\n");
        Speech speech = new Speech(Files.createDirectories(folder.resolve("audio")));
        Path command = speech.join(speech.silence(0.5), speech.say("en-us", 150, "computer, what time is it"),
                speech.silence(1.0));

        try (LandlineProcess landline = LandlineProcess.start(home, "listen", command.toString(), "--json")) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).as(landline.transcript()).isZero();
            assertThat(landline.transcript()).contains("\"type\":\"wake\"")
                    .contains("{\"type\":\"error\",\"message\":\"no speech recognizer is active; the command was "
                            + "not heard\"}")
                    .doesNotContain("Exception");
        }
        try (LandlineProcess landline = LandlineProcess.start(home, "status")) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(landline.transcript())
                    .contains("Vosk model not loaded: no model folder at /nonexistent/vosk-model");
        }
        try (LandlineProcess landline = LandlineProcess.start(home, "ask", "what", "time", "is", "it")) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(landline.transcript()).containsPattern("It's \\d{1,2}:\\d\\d [AP]M\\.");
        }
    }

    @Test
    void missingEspeakIsAClearProblemAndAnswersAreStillShown() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
        Files.writeString(home.resolve("etc/io.landline.tts.espeak.cfg"), "command = espeak-ng-not-installed\n");
        try (LandlineProcess landline = LandlineProcess.start(home, "ask", "what", "time", "is", "it")) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(landline.transcript()).containsPattern("(?m)^It's \\d{1,2}:\\d\\d [AP]M\\.");
        }
        try (LandlineProcess landline = LandlineProcess.start(home, "status")) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(landline.transcript()).contains("cannot run espeak-ng-not-installed")
                    .contains("apt-get install espeak-ng");
        }
    }

    /** Waits until a log file has a line containing a text, woken by file changes, with a deadline. */
    static void awaitLine(Path log, String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            log.getParent().register(watcher, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_CREATE);
            while (!(Files.exists(log) && Files.readString(log).contains(text))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no line with '" + text + "' in " + log + " within " + timeout);
                }
                var key = watcher.poll(left, TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

}
