package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skill install} and {@code skill remove} for scripts and bundles, from files and URLs. */
class SkillManagementIT {

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private static String run(Path home, int expectedCode, String... args) throws Exception {
        try (LandlineProcess landline = LandlineProcess.start(home, args)) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).as(landline.transcript()).isEqualTo(expectedCode);
            return landline.transcript();
        }
    }

    @Test
    void commandLineInstallsAndRemovesScripts() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(folder);
        Path script = Files.writeString(files.resolve("weather.js"),
                "skill({name: 'Weather'});\nintent('Weather', ['how is the weather'], req => 'Sunny, of course.');\n");
        assertThat(run(home, 0, "skill", "install", script.toString())).startsWith("Installed skills/weather.js");
        assertThat(run(home, 0, "ask", "how is the weather")).startsWith("Sunny, of course.");
        assertThat(run(home, 0, "skills")).contains("weather — Weather").contains("\"how is the weather\"");
        assertThat(run(home, 0, "skill", "remove", "weather")).startsWith("Removed skills/weather.js.");
        assertThat(run(home, 0, "ask", "how is the weather")).startsWith("Sorry, I didn't understand");
        assertThat(run(home, 1, "skill", "remove", "clock")).contains("built in").contains("io.landline.skill.builtin");
        assertThat(run(home, 1, "skill", "install", files.resolve("missing.js").toString())).contains("no such file");
        Path notes = Files.writeString(files.resolve("notes.txt"), "hello");
        assertThat(run(home, 1, "skill", "install", notes.toString())).contains("only JavaScript skills (.js)");
        Path fake = Files.writeString(files.resolve("fake.jar"), "not a jar");
        assertThat(run(home, 1, "skill", "install", fake.toString())).contains("fake.jar");
        assertThat(home.resolve("deploy/fake.jar")).doesNotExist();
    }

    @Test
    void consoleInstallsBundlesAndScriptsFromFilesAndUrls() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(folder);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/skills/joke.js", exchange -> {
            byte[] body = "intent('Joke', ['tell me a joke'], req => 'Why did the bundle resolve? It had no choice.');"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            Path bundle = LandlineProcess.fixtures().resolve("io.landline.skill.example.jar").toAbsolutePath();
            assertThat(landline.ask("skill install " + bundle)).startsWith("Installed deploy/io.landline.skill.example.jar");
            ScriptSkillsIT.askUntil(landline, "hello there", a -> a.startsWith("Hello! Ask me"), Duration.ofSeconds(15));
            // The example Java skill: a required slot asked for, a confirmation.
            assertThat(landline.ask("start a countdown")).isEqualTo("To which date?");
            assertThat(landline.ask("tomorrow")).startsWith("One day until ");
            assertThat(landline.ask("start the party")).isEqualTo("Really start the party?");
            assertThat(landline.ask("yes")).isEqualTo("Party started!");
            assertThat(landline.ask("skill remove countdown"))
                    .isEqualTo("Removed deploy/io.landline.skill.example.jar (bundle io.landline.skill.example).");
            ScriptSkillsIT.askUntil(landline, "hello there", a -> a.startsWith("Sorry, I didn't understand"),
                    Duration.ofSeconds(15));

            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/skills/joke.js";
            assertThat(landline.ask("skill install " + url)).startsWith("Installed skills/joke.js");
            ScriptSkillsIT.askUntil(landline, "tell me a joke", a -> a.contains("It had no choice."),
                    Duration.ofSeconds(10));
            assertThat(landline.ask("skill install http://127.0.0.1:" + server.getAddress().getPort() + "/nope.js"))
                    .contains("HTTP 404");
        } finally {
            server.stop(0);
        }
    }
}
