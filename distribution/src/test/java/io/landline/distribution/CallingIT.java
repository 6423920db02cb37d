package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls through a real Asterisk and real SIP phones (baresip), driven by typed sentences in the assembled runtime:
 * the speaker site's phone, Mom's phone, and the lab's emergency service. One lab and one runtime for the class,
 * the tests in order, as a household would use it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallingIT {

    private static final Duration CALL = Duration.ofSeconds(20);
    private static final String CONNECTED = "Connected to Asterisk at landline@127.0.0.1";

    @TempDir
    static Path folder;
    static TelephonyLab lab;
    static LandlineProcess landline;
    static Path home;
    static int agiPort;

    @BeforeAll
    static void start() throws Exception {
        agiPort = TelephonyLab.freeTcpPort();
        lab = TelephonyLab.start(Files.createDirectories(folder.resolve("lab")), agiPort);
        home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
        Files.writeString(home.resolve("etc/io.landline.telephony.asterisk.cfg"), lab.landlineConfig(agiPort, true));
        Files.writeString(home.resolve("etc/contacts.vcf"), String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0",
                "FN:Mom", "TEL;TYPE=CELL:555-0100", "TEL;TYPE=HOME:555 0111", "END:VCARD", "BEGIN:VCARD",
                "VERSION:3.0", "FN:Evil", "TEL;TYPE=CELL:500&PJSIP/x", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0",
                "FN:Long", "TEL;TYPE=CELL:" + "5".repeat(200), "END:VCARD", "BEGIN:VCARD", "VERSION:3.0",
                "FN:Letters", "TEL;TYPE=CELL:CALLME", "END:VCARD", ""));
        Files.writeString(home.resolve("etc/io.landline.skill.calling.cfg"),
                "contacts.file = etc/contacts.vcf\nemergency.numbers = 911,112,999\nsites = default, kitchen\n"
                        + "pin = 2468\n");
        landline = LandlineProcess.start(home);
        awaitLog(CONNECTED, Duration.ofSeconds(40));
    }

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsCalls() {
        lab.skipOutput();
    }

    @AfterAll
    static void stop() throws Exception {
        if (landline != null) {
            landline.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void callMomConfirmRingAnswerHangUpAndLog() throws Exception {
        lab.phone("mom").speak("hello this is mom calling");
        lab.phone("speaker").speak("good morning from the kitchen");
        assertThat(landline.ask("call mom")).isEqualTo("Call Mom, mobile?");
        assertThat(landline.ask("yes")).isEqualTo("Calling Mom.");
        lab.phone("speaker").awaitEstablished(CALL);
        lab.phone("mom").awaitEstablished(CALL);
        // Let the call be connected for a measurable moment: wait for the phone's own call timer to tick.
        lab.phone("mom").await(l -> l.startsWith("[0:00:04]"), CALL);
        assertThat(landline.ask("hang up")).isEqualTo("Hanging up.");
        lab.phone("mom").awaitTerminated(CALL);
        lab.phone("speaker").awaitTerminated(CALL);
        // Real audio crossed the call both ways: each side's recording holds the other side's words.
        List<String> phrases = List.of("hello this is mom calling", "good morning from the kitchen",
                "the weather is nice today", "please call me back");
        assertThat(Heard.recognise(lab.phone("speaker").lastRecording(), phrases))
                .isEqualTo("hello this is mom calling");
        assertThat(Heard.recognise(lab.phone("mom").lastRecording(), phrases))
                .isEqualTo("good morning from the kitchen");
        String history = awaitAnswer("read my call history", "To Mom");
        assertThat(history).contains("To Mom at").contains("answered");
        assertThat(history).doesNotContain("answered, 0 seconds");
        assertThat(Files.readString(home.resolve("data/calls/calls.tsv"))).contains("OUTBOUND\t5550100\tMom\t");
    }

    @Test
    @Order(2)
    void incomingCallFromMomIsAnnouncedAndAnswered() throws Exception {
        lab.phone("mom").dial("100");
        landline.await(l -> l.equals("Incoming call from Mom."), CALL);
        assertThat(landline.ask("answer")).isEqualTo("Connecting.");
        lab.phone("speaker").awaitEstablished(CALL);
        lab.phone("mom").awaitEstablished(CALL);
        lab.phone("mom").hangup();
        lab.phone("mom").awaitTerminated(CALL);
        assertThat(awaitAnswer("who called", "Mom called")).contains("Mom called at").contains("answered");
    }

    @Test
    @Order(3)
    void underDoNotDisturbTheCallerGetsVoicemailAndEmergencyStillDials() throws Exception {
        assertThat(landline.ask("turn on do not disturb")).startsWith("Do not disturb is on");
        lab.phone("mom").dial("100");
        // Voicemail answers (the lab's dialplan plays a prompt), then hangs up.
        lab.phone("mom").awaitEstablished(CALL);
        lab.phone("mom").awaitTerminated(CALL);
        assertThat(awaitAnswer("who called", "voicemail")).startsWith("Mom called at").contains("(voicemail)");
        assertThat(landline.transcript()).containsOnlyOnce("Incoming call from Mom.");

        assertThat(landline.ask("call 911")).isEqualTo("Calling 9 1 1 now.");
        lab.phone("rescue").awaitEstablished(CALL);
        assertThat(landline.ask("hang up")).isEqualTo("Hanging up.");
        lab.phone("rescue").awaitTerminated(CALL);
        assertThat(awaitAnswer("read my call history", "emergency")).contains("To 9 1 1")
                .contains("emergency: dialling");
        assertThat(landline.ask("turn off do not disturb")).isEqualTo("Do not disturb is off.");
    }

    @Test
    @Order(4)
    void hostileNumbersAreRefused() throws Exception {
        assertThat(landline.ask("call evil")).isEqualTo("I have no number for Evil that I can dial.");
        assertThat(landline.ask("call long")).isEqualTo("I have no number for Long that I can dial.");
        assertThat(landline.ask("call letters")).isEqualTo("I have no number for Letters that I can dial.");
        assertThat(landline.ask("call 500&PJSIP/x")).doesNotContain("Calling");
        assertThat(Files.readString(home.resolve("data/log/landline.log")))
                .contains("contact Evil (" + home.resolve("etc/contacts.vcf") + "): refused the mobile number")
                .contains("contact Long (").doesNotContain("5".repeat(200));
        assertThat(lab.asteriskLog()).doesNotContain("PJSIP/x").doesNotContain("CALLME");
    }

    @Test
    @Order(3)
    void dropInOnTheKitchenConnectsTheTwoRooms() throws Exception {
        assertThat(landline.ask("drop in on the kitchen")).isEqualTo("Dropping in on the kitchen.");
        lab.phone("speaker").awaitEstablished(CALL);
        lab.phone("kitchen").awaitEstablished(CALL);
        assertThat(landline.ask("hang up")).isEqualTo("Hanging up.");
        lab.phone("kitchen").awaitTerminated(CALL);
        lab.phone("speaker").awaitTerminated(CALL);
    }

    @Test
    @Order(4)
    void eventClassesAreFoundInsideFelixAndTheSecretIsNeverLogged() throws Exception {
        String log = Files.readString(home.resolve("data/log/landline.log"));
        java.util.regex.Matcher registered = java.util.regex.Pattern
                .compile("Asterisk-Java: (\\d+) AMI event classes registered").matcher(log);
        assertThat(registered.find()).as(log).isTrue();
        assertThat(Integer.parseInt(registered.group(1))).isGreaterThan(150);
        assertThat(log).doesNotContain(lab.amiSecret());
        assertThat(landline.transcript()).doesNotContain(lab.amiSecret());
    }

    @Test
    @Order(4)
    void dictatedNumbersWithTheTemplateEngine() throws Exception {
        assertThat(landline.ask("call five five five zero one zero zero")).isEqualTo("Call Mom?");
        assertThat(landline.ask("no")).isEqualTo("Okay, I won't.");
        assertThat(landline.ask("call five five five zero one nine nine"))
                .isEqualTo("That number isn't on your allow list. Say the PIN to call it.");
        assertThat(landline.ask("one two three four")).isEqualTo("That PIN is not right. I won't call that number.");
        assertThat(landline.ask("call five five five zero one nine nine"))
                .isEqualTo("That number isn't on your allow list. Say the PIN to call it.");
        assertThat(landline.ask("two four six eight")).isEqualTo("Calling 5 5 5 0 1 9 9.");
        // The lab's "trunk" knows no such number: the speaker's phone answers, then the call fails.
        lab.phone("speaker").awaitEstablished(CALL);
        landline.await(l -> l.equals("The call to 5 5 5 0 1 9 9 didn't go through."), CALL);
        lab.phone("speaker").awaitTerminated(CALL);
        assertThat(landline.ask("call " + "5".repeat(200)))
                .startsWith("That isn't a phone number I can dial.");
        assertThat(landline.ask("call 500&PJSIP/x")).doesNotContain("Calling");
        assertThat(landline.ask("call one nine hundred five five five")).doesNotContain("Calling");
        // The PIN as a token of its own: timestamps and ports may contain the same digits by chance.
        assertThat(Files.readString(home.resolve("data/log/landline.log"))).doesNotContainPattern("\\b2468\\b");
        String calls = Files.readString(home.resolve("data/calls/calls.tsv"));
        assertThat(calls.replaceAll("(?m)^\\S+\t", "")).doesNotContainPattern("\\b2468\\b");
        assertThat(calls).contains("5550199\t\t0\trefused");
    }

    @Test
    @Order(4)
    void announcementsSpeakOnTheOtherSites() throws Exception {
        landline.send("announce dinner is ready");
        // Spoken on the kitchen while the skill runs, then the answer on this site.
        landline.awaitContaining("[kitchen] Announcement: dinner is ready");
        assertThat(landline.await(l -> !l.startsWith("stderr: ") && !l.startsWith("("), CALL)).isEqualTo("Announced.");
    }

    @Test
    @Order(5)
    void asteriskKilledDuringACallThenBack() throws Exception {
        assertThat(landline.ask("call mom's home")).isEqualTo("Call Mom, home?");
        assertThat(landline.ask("yes")).isEqualTo("Calling Mom.");
        lab.phone("mom").awaitEstablished(CALL);
        lab.killAsterisk();
        landline.await(l -> l.equals("The call dropped."), CALL);
        assertThat(landline.ask("what time is it")).startsWith("It's ");
        // Phones do not notice a dead PBX (no BYE arrives): the people hang up.
        lab.phone("mom").hangup();
        lab.phone("speaker").hangup();
        lab.phone("mom").awaitTerminated(CALL);
        lab.phone("speaker").awaitTerminated(CALL);

        assertThat(landline.ask("call mom")).isEqualTo("Call Mom, mobile?");
        assertThat(landline.ask("yes")).isEqualTo("I couldn't call Mom: The phone system is not reachable right now.");
        awaitLog("Cannot reach Asterisk at", Duration.ofSeconds(20));
        lab.startAsterisk();
        awaitLog("Reconnected to Asterisk at", Duration.ofSeconds(40));
        assertThat(landline.ask("call mom")).isEqualTo("Call Mom, mobile?");
        assertThat(landline.ask("yes")).isEqualTo("Calling Mom.");
        lab.phone("mom").awaitEstablished(CALL);
        assertThat(landline.ask("hang up")).isEqualTo("Hanging up.");
        lab.phone("mom").awaitTerminated(CALL);
        // The log is intact: every call so far, with Mom five times (two out, two in, one dropped) plus this one.
        String log = awaitCallLog(l -> l.lines().filter(line -> line.contains("\tMom\t")).count() >= 5);
        assertThat(log).contains("\tdropped\t").contains("\tvoicemail\t").contains("emergency: dialling");
    }

    @Test
    @Order(6)
    void withoutAnEmergencyRouteTheAssistantSaysSoPlainly() throws Exception {
        int connections = count(CONNECTED);
        Files.writeString(home.resolve("etc/io.landline.telephony.asterisk.cfg"),
                lab.landlineConfig(agiPort, false));
        // FileInstall hands the new configuration over; the provider restarts and connects again.
        awaitLog(CONNECTED, connections + 1, Duration.ofSeconds(30));
        assertThat(landline.ask("call nine one one")).isEqualTo("I can't call 9 1 1: no emergency route is set up on this phone system."
                + " Use a mobile phone or another phone to call 9 1 1 now.");
        assertThat(Files.readString(home.resolve("data/calls/calls.tsv"))).contains("emergency: no route");
    }

    @Test
    @Order(7)
    void deleteMyCallHistoryReallyDeletes() throws Exception {
        assertThat(landline.ask("delete my call history")).isEqualTo("Delete your whole call history?");
        assertThat(landline.ask("yes")).matches("Deleted \\d+ calls from your call history\\.");
        assertThat(home.resolve("data/calls/calls.tsv")).doesNotExist();
        assertThat(landline.ask("read my call history")).isEqualTo("Your call history is empty.");
    }

    @Test
    @Order(8)
    void callsCommandListsAndDeletesTheLogInTheConsoleAndOnTheCommandLine() throws Exception {
        assertThat(landline.ask("call 911")).startsWith("I can't call 9 1 1");
        assertThat(landline.ask("calls")).contains("outbound").contains("911").contains("emergency: no route");
        landline.close();
        landline = null;
        try (LandlineProcess list = LandlineProcess.start(home, "calls")) {
            assertThat(list.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(list.transcript()).contains("emergency: no route");
        }
        try (LandlineProcess delete = LandlineProcess.start(home, "calls", "delete")) {
            assertThat(delete.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(delete.transcript()).contains("Deleted 1 call from the call log.");
        }
        assertThat(home.resolve("data/calls/calls.tsv")).doesNotExist();
    }

    /** Asks until the answer contains a text: the call log is written when Asterisk reports the end. */
    private static String awaitAnswer(String question, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String answer = landline.ask(question);
        while (!answer.contains(expected) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            answer = landline.ask(question);
        }
        return answer;
    }

    private static String awaitCallLog(java.util.function.Predicate<String> done) throws Exception {
        Path file = home.resolve("data/calls/calls.tsv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String log = Files.exists(file) ? Files.readString(file) : "";
            if (done.test(log)) {
                return log;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("call log not as expected:\n" + (Files.exists(file) ? Files.readString(file) : ""));
    }

    private static int count(String text) throws IOException {
        Path log = home.resolve("data/log/landline.log");
        if (!Files.exists(log)) {
            return 0;
        }
        String all = Files.readString(log, StandardCharsets.UTF_8);
        return (all.length() - all.replace(text, "").length()) / text.length();
    }

    private static void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        awaitLog(text, 1, timeout);
    }

    private static void awaitLog(String text, int times, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(text) >= times) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the log never said '" + text + "'; output:\n" + landline.transcript()
                + "\nasterisk:\n" + lab.asteriskLog());
    }
}
