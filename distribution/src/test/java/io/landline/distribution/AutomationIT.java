package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automations in the assembled product: rule files in {@code rules/}, the console, real HTTP on loopback both ways
 * (a local server stands in for IFTTT and other web services; webhooks go to the runtime's Jetty). Calls come from
 * the fake phone line fixture dropped into {@code deploy/}, since the Asterisk provider is tested on its own: it
 * drives the same {@code CallListener} whiteboard a real provider does.
 */
class AutomationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String IFTTT_KEY = "ifttt-KEY-d41d8cd98f00";
    private static final String HOOK_TOKEN = "hook-token-0123456789abcdef";

    @TempDir
    Path folder;
    Path home;
    Loopback web;
    int httpPort;

    @BeforeEach
    void setUp() throws Exception {
        home = LandlineProcess.copyOfDistribution(folder);
        web = new Loopback();
        httpPort = Loopback.configureHttpPort(home);
        Loopback.configureAutomation(home, "announce.sites = kitchen, bedroom",
                "ifttt.url = " + web.base() + "/trigger/{event}/with/key/{key}", "ifttt.key = " + IFTTT_KEY,
                "http.retries = 1", "http.timeout.seconds = 5");
    }

    @AfterEach
    void tearDown() {
        web.close();
    }

    private void rule(String file, String yaml) throws Exception {
        Files.writeString(home.resolve("rules").resolve(file), yaml);
    }

    private String log() throws Exception {
        Path log = home.resolve("data/log/landline.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Lists the rules and waits for one to be watching: the rule files have been read. */
    private static void awaitWatching(LandlineProcess landline, String id) throws Exception {
        landline.send("rules list");
        landline.await(line -> line.startsWith(id + " ") && line.contains("watching"), WAIT);
    }

    /**
     * Waits until the history of a rule has a matching run; a run with HTTP actions is recorded when they are
     * done, a little after their effects are seen.
     */
    private static String awaitRun(LandlineProcess landline, String id, String match) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            landline.send("rules history " + id + " 50");
            landline.send("rules usage");
            String line = landline.await(l -> l.contains(match) || l.startsWith("usage: rules"), WAIT);
            if (line.contains(match)) {
                landline.await(l -> l.startsWith("usage: rules"), WAIT);
                return line;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no run of " + id + " with '" + match + "'; output:\n"
                        + landline.transcript());
            }
        }
    }

    /** Waits for two lines that may come in either order (a skill's reply and a rule's action run in parallel). */
    private static void awaitBoth(LandlineProcess landline, String one, String other) throws Exception {
        String first = landline.await(line -> line.equals(one) || line.equals(other), WAIT);
        String second = first.equals(one) ? other : one;
        landline.await(line -> line.equals(second), WAIT);
    }

    @Test
    void missedCallFromMomAnnouncesOnAllSitesAndFiresTheIftttWebhook() throws Exception {
        Files.copy(LandlineProcess.fixtures().resolve("io.landline.fixture.telephony.jar"),
                home.resolve("deploy/io.landline.fixture.telephony.jar"));
        // Mom is in the household's contacts, where a user puts her: the calling skill's configuration.
        Files.writeString(home.resolve("etc/io.landline.skill.calling.cfg"), "contacts = Mom: mobile=+15550100\n");
        rule("calls.yaml", """
                rules:
                  - id: missed-mom
                    when: { call: missed }
                    if:
                      - caller: Mom
                    then:
                      - announce: "Missed call from {{caller}}"
                      - ifttt: { event: missed_call, value1: "{{caller}}", value2: "{{number}}" }
                      - js: |
                          var seen = event.contact ? "a contact" : "a stranger";
                          return event.caller + " is " + seen;
                  - id: ring-mom
                    when: { phrase: "phone my mother" }
                    then:
                      - call: Mom
                """);
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            landline.awaitContaining("(fake phone line ready)");
            awaitWatching(landline, "missed-mom");

            landline.send("fakeline:ring +15550100");
            landline.await(line -> line.equals("Missed call from Mom"), WAIT);
            landline.await(line -> line.equals("[bedroom] Missed call from Mom"), WAIT);
            landline.await(line -> line.equals("[kitchen] Missed call from Mom"), WAIT);
            Loopback.Received ifttt = web.next(WAIT);
            assertThat(ifttt.method()).isEqualTo("POST");
            assertThat(ifttt.path()).isEqualTo("/trigger/missed_call/with/key/" + IFTTT_KEY);
            assertThat(ifttt.contentType()).isEqualTo("application/json");
            assertThat(ifttt.body()).isEqualTo("{\"value1\":\"Mom\",\"value2\":\"+15550100\"}");

            // someone else: the condition holds the rule back, and the history says why
            landline.send("fakeline:ring +15550199");
            landline.awaitContaining("call fake-2 from +15550199 missed");
            assertThat(awaitRun(landline, "missed-mom", "missed-mom  call  skipped"))
                    .contains("caller is 15550199, not mom");
            String ok = awaitRun(landline, "missed-mom", "missed-mom  call  ok");
            assertThat(ok).contains("announced \"Missed call from Mom\" on default, bedroom, kitchen")
                    .contains("IFTTT event 'missed_call' sent -> 200").contains("js returned Mom is a contact")
                    .doesNotContain(IFTTT_KEY);

            // a phrase rule places a call through the telephony provider
            assertThat(landline.ask("phone my mother")).isEqualTo("OK.");
            // the rule's actions run on the rule engine's thread: list the calls once it has finished
            assertThat(awaitRun(landline, "ring-mom", "ring-mom  phrase  ok")).contains("called Mom");
            landline.send("fakeline:calls");
            landline.await(line -> line.matches("placed fake-\\d+ from default to \\+15550100"), WAIT);
        }
        assertThat(web.received()).isEmpty();
        assertThat(log()).contains("rule missed-mom ok").doesNotContain(IFTTT_KEY);
    }

    @Test
    void incomingWebhookRunsItsRuleAndRejectsBadRequestsClearly() throws Exception {
        rule("doorbell.yaml", """
                id: doorbell
                when: { webhook: { token: "%s" } }
                then:
                  - say: "Someone at the {{door}} door"
                  - http:
                      method: POST
                      url: "%s/echo/{{door}}"
                      headers: { Authorization: "Bearer outbound-secret-xyz" }
                      body: { door: "{{door}}", temperature: "{{json.sensor.temp}}" }
                """.formatted(HOOK_TOKEN, web.base()));
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            landline.send("rules list");
            String url = landline.awaitContaining("/hooks/doorbell").strip();
            assertThat(url).startsWith("POST http://127.0.0.1:" + httpPort + "/hooks/doorbell");
            String hook = "http://127.0.0.1:" + httpPort + "/hooks/doorbell";

            HttpResponse<String> accepted = web.post(hook, HOOK_TOKEN, "{\"door\":\"front\",\"sensor\":{\"temp\":21}}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(accepted.body()).contains("\"accepted\":true");
            landline.await(line -> line.equals("Someone at the front door"), WAIT);
            Loopback.Received echo = web.next(WAIT);
            assertThat(echo.path()).isEqualTo("/echo/front");
            assertThat(echo.authorization()).isEqualTo("Bearer outbound-secret-xyz");
            assertThat(echo.body()).isEqualTo("{\"door\":\"front\",\"temperature\":\"21\"}");

            HttpResponse<String> wrongToken = web.post(hook, "not-the-token", "{}");
            assertThat(wrongToken.statusCode()).isEqualTo(403);
            assertThat(wrongToken.body()).contains("wrong or missing token for webhook 'doorbell'")
                    .doesNotContain(HOOK_TOKEN);
            assertThat(web.post(hook, null, "{}").statusCode()).isEqualTo(403);

            HttpResponse<String> badJson = web.post(hook, HOOK_TOKEN, "{\"door\": ");
            assertThat(badJson.statusCode()).isEqualTo(400);
            assertThat(badJson.body()).contains("the body is not valid JSON").contains("line 1");
            HttpResponse<String> notObject = web.post(hook, HOOK_TOKEN, "[1,2]");
            assertThat(notObject.statusCode()).isEqualTo(400);
            assertThat(notObject.body()).contains("must be a JSON object");

            HttpResponse<String> unknown = web.post("http://127.0.0.1:" + httpPort + "/hooks/nope", HOOK_TOKEN, "{}");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("no enabled webhook rule 'nope'");

            // a disabled rule has no URL
            landline.send("rules disable doorbell");
            landline.awaitContaining("rule doorbell disabled");
            assertThat(web.post(hook, HOOK_TOKEN, "{}").statusCode()).isEqualTo(404);

            String ok = awaitRun(landline, "doorbell", "doorbell  webhook  ok");
            assertThat(ok).contains("POST " + web.base() + "/echo/front -> 200").doesNotContain("outbound-secret");
        }
        assertThat(web.received()).isEmpty();
        assertThat(log()).doesNotContain(HOOK_TOKEN).doesNotContain("outbound-secret-xyz");
    }

    @Test
    void malformedRuleFilesAreReportedWithFileAndLineWhileTheOthersRun() throws Exception {
        rule("good.yaml", """
                id: lights
                when: { phrase: "lights out please", reply: "Lights going out." }
                then:
                  - say: "Good night from the lights rule."
                """);
        rule("broken.yaml", """
                id: broken
                when: { phrase: "never" }
                then:
                  - say: [unclosed
                """);
        rule("typo.yaml", """
                when: { cron: "0 7 * * *" }
                if:
                  - time: 06:00-08:00
                  - days: someday
                then: [ say: hi ]
                """);
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            awaitWatching(landline, "lights");
            landline.send("status");
            landline.await(line -> line.startsWith("problems: 2"), WAIT);
            List<String> problems = List.of(landline.await(l -> l.contains("rules/"), WAIT).strip(),
                    landline.await(l -> l.contains("rules/"), WAIT).strip());
            assertThat(problems).containsExactlyInAnyOrder("rules/broken.yaml: line 4: not valid YAML: expected ',' "
                    + "or ']', but got <stream end> (while parsing a flow sequence is never closed)",
                    "rules/typo.yaml: line 4: 'someday' is not a day of the week (mon, tue, ... or weekdays)");
            landline.send("lights out please");
            awaitBoth(landline, "Lights going out.", "Good night from the lights rule.");
            assertThat(landline.ask("what time is it")).startsWith("It's ");

            // deleting a file stops its rules; fixing one hot-reloads it and clears its problem. FileInstall handles
            // a deletion no later than a change seen after it, so the "fixed" notice means both are done.
            Files.delete(home.resolve("rules/good.yaml"));
            rule("broken.yaml", "id: fixed\nwhen: { phrase: \"bed time now\" }\nthen: [ say: \"Off to bed.\" ]\n");
            landline.await(line -> line.equals("(fixed: rules/broken.yaml)"), WAIT);
            landline.send("bed time now");
            awaitBoth(landline, "OK.", "Off to bed.");
            landline.send("status");
            landline.await(line -> line.startsWith("problems: 1"), WAIT);
            landline.await(line -> line.contains("rules/typo.yaml: line 4"), WAIT);
            landline.send("lights out please");
            landline.await(line -> line.startsWith("Sorry, I didn't understand: lights out please"), WAIT);
        }

        // the command line: list, disable (remembered), run now, history from the console session
        try (LandlineProcess list = LandlineProcess.start(home, "rules", "list")) {
            assertThat(list.awaitExit(WAIT)).isZero();
            // a one-shot command lists the rules but leaves triggers to the running service
            assertThat(list.transcript()).contains("fixed").contains("phrase bed time now")
                    .contains("enabled (not watched by a one-shot command)");
        }
        try (LandlineProcess disable = LandlineProcess.start(home, "rules", "disable", "fixed")) {
            assertThat(disable.awaitExit(WAIT)).isZero();
            assertThat(disable.transcript()).contains("rule fixed disabled");
        }
        try (LandlineProcess run = LandlineProcess.start(home, "rules", "run", "fixed")) {
            assertThat(run.awaitExit(WAIT)).isZero();
            assertThat(run.transcript()).contains("Off to bed.").contains("fixed  manual  ok")
                    .contains("run now: said \"Off to bed.\" on default");
        }
        try (LandlineProcess history = LandlineProcess.start(home, "rules", "history")) {
            assertThat(history.awaitExit(WAIT)).isZero();
            assertThat(history.transcript()).contains("lights  phrase  ok").contains("fixed  phrase  ok")
                    .contains("fixed  manual  ok");
        }
        try (LandlineProcess list = LandlineProcess.start(home, "rules", "list")) {
            assertThat(list.awaitExit(WAIT)).isZero();
            assertThat(list.transcript()).contains("disabled");
        }
    }

    @Test
    void runtimeEventsSetOffRules() throws Exception {
        rule("runtime.yaml", """
                rules:
                  - id: hello
                    when: { runtime: started }
                    then: [ say: "Landline is up." ]
                  - id: swapped
                    when: { runtime: engine-changed }
                    if: [ { time: "00:00-00:00" } ]
                    then: [ announce: "The {{stage}} engine is now {{engine}}." ]
                  - id: trouble
                    when: { runtime: problem }
                    then: [ say: "Problem with {{source}}: {{message}}" ]
                  - id: tea
                    when: { timer: done, name: tea timer }
                    then: [ say: "Rule saw the {{name}} on {{site}}." ]
                """);
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            landline.await(line -> line.equals("Landline is up."), WAIT);
            awaitWatching(landline, "trouble");
            // the timer skill posts landline/timer/DONE when a timer is due
            landline.send("set a tea timer for 1 second");
            landline.await(line -> line.equals("Rule saw the tea timer on default."), WAIT);
            Files.copy(LandlineProcess.fixtures().resolve("io.landline.fixture.shout.jar"),
                    home.resolve("deploy/io.landline.fixture.shout.jar"));
            landline.await(line -> line.equals("The intent engine is now shout."), WAIT);
            landline.await(line -> line.equals("[kitchen] The intent engine is now shout."), WAIT);
            Files.writeString(home.resolve("deploy/notes.jar"), "not a jar");
            landline.await(line -> line.startsWith("Problem with deploy/notes.jar: not an OSGi bundle"), WAIT);
        }
    }

    @Test
    void javaScriptRuleFilesDeclareRulesInTheSandbox() throws Exception {
        rule("lamp.js", """
                // rules/lamp.js: the JavaScript rule DSL
                when.phrase("lamp off now", "Lamp off.").id("lamp")
                    .then(say("The lamp rule ran."), function (event) { return "heard on " + event.site; });
                """);
        rule("broken.js", """
                when.phrase("never mind").then(say("no"));
                when.sunrise().then(say("up"));
                """);
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            awaitWatching(landline, "lamp");
            landline.send("lamp off now");
            awaitBoth(landline, "Lamp off.", "The lamp rule ran.");
            assertThat(awaitRun(landline, "lamp", "lamp  phrase  ok"))
                    .contains("said \"The lamp rule ran.\" on default; js returned heard on default");
            landline.send("status");
            landline.await(line -> line.contains("rules/broken.js: line 2: TypeError"), WAIT);
        }
    }

    @Test
    void aWebhookStormIsRateLimitedWhileVoiceCommandsStillAnswer() throws Exception {
        rule("storm.yaml", """
                id: storm
                when: { webhook: { token: "%s", rate: 5, burst: 10 } }
                then:
                  - http: { method: POST, url: "%s/sink", body: { n: "{{n}}" } }
                """.formatted(HOOK_TOKEN, web.base()));
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            landline.send("rules list");
            landline.awaitContaining("/hooks/storm");
            String hook = "http://127.0.0.1:" + httpPort + "/hooks/storm";
            AtomicBoolean storming = new AtomicBoolean(true);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger limited = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> senders = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < 6; t++) {
                senders.add(pool.submit(() -> {
                    int n = 0;
                    while (storming.get()) {
                        HttpResponse<String> response = web.post(hook, HOOK_TOKEN, "{\"n\":" + n++ + "}");
                        (response.statusCode() == 202 ? accepted : response.statusCode() == 429 ? limited : other)
                                .incrementAndGet();
                    }
                    return null;
                }));
            }
            List<Long> answers = new ArrayList<>();
            while (answers.size() < 8 || System.nanoTime() - start < 3_000_000_000L) {
                long asked = System.nanoTime();
                assertThat(landline.ask("what time is it")).startsWith("It's ");
                answers.add((System.nanoTime() - asked) / 1_000_000);
            }
            storming.set(false);
            for (Future<?> sender : senders) {
                sender.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            answers.sort(null);
            System.out.printf("storm: %.1f s, %d accepted, %d rate-limited, %d other; %d voice answers, median %d ms,"
                    + " max %d ms%n", seconds, accepted.get(), limited.get(), other.get(), answers.size(),
                    answers.get(answers.size() / 2), answers.get(answers.size() - 1));
            assertThat(other).hasValue(0);
            assertThat(limited.get()).isGreaterThan(accepted.get());
            assertThat(accepted.get()).isBetween(10, (int) (10 + 5 * seconds + 5));
            // every accepted request ran its rule and reached the local server
            for (int i = 0; i < accepted.get(); i++) {
                assertThat(web.next(WAIT).path()).isEqualTo("/sink");
            }
            awaitRun(landline, "storm", "storm  webhook  ok");
        }
    }
}
