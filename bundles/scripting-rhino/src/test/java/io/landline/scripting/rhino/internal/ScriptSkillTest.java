package io.landline.scripting.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.intent.SlotType;
import io.landline.api.skill.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DSL: intents, slots, follow-ups, confirmation, storage, timers. */
class ScriptSkillTest {

    @TempDir
    Path data;
    Scripts scripts;

    @BeforeEach
    void start() {
        scripts = new Scripts(data);
    }

    @AfterEach
    void stop() {
        scripts.close();
    }

    @Test
    void flipACoin() throws Exception {
        ScriptSkill coin = scripts.load("coin", """
                skill({ name: "Coin flipper" });
                intent("FlipCoin", ["flip a coin", "heads or tails"], req => say(Math.random() < 0.5 ? "Heads." : "Tails."));
                """);
        assertThat(coin.name()).isEqualTo("Coin flipper");
        assertThat(coin.intents().get(0).sentences()).containsExactly("flip a coin", "heads or tails");
        assertThat(Scripts.ask(coin, "FlipCoin").text()).isIn("Heads.", "Tails.");
    }

    @Test
    void typedSlotsArriveAsScriptValues() throws Exception {
        ScriptSkill skill = scripts.load("slots", """
                intent("Echo", ["echo {n} {d} {t} {who}"],
                       { n: "number", d: "duration", t: "time", who: ["mom", "dad"],
                         what: { text: ["Tea", "eggs"] } },
                       req => "n=" + (req.slots.n + 1) + " d=" + req.slots.d + " t=" + req.slots.t + " who=" + req.slots.who);
                """);
        assertThat(skill.intents().get(0).slots()).containsEntry("n", SlotType.of(SlotType.Kind.NUMBER))
                .containsEntry("who", SlotType.list(java.util.List.of("mom", "dad")))
                .containsEntry("what", SlotType.text(java.util.List.of("tea", "eggs")));
        assertThat(Scripts.ask(skill, "Echo", "n", 41L, "d", Duration.ofMinutes(2), "t", LocalTime.of(7, 30), "who",
                "mom").text()).isEqualTo("n=42 d=120 t=07:30 who=mom");
    }

    @Test
    void requiredSlotIsAskedForAndConfirmationComesFirst() throws Exception {
        ScriptSkill skill = scripts.load("caller", """
                intent("Call", { sentences: ["call {who}"], slots: { who: ["mom", "dad"] },
                                 required: { who: "Who should I call?" },
                                 confirm: req => "Call " + req.slots.who + "?" },
                       req => say("Calling " + req.slots.who + "."));
                """);
        Response missing = Scripts.ask(skill, "Call");
        assertThat(missing.expect()).isEqualTo(Response.Expect.SLOT);
        assertThat(missing.text()).isEqualTo("Who should I call?");
        Response confirm = Scripts.ask(skill, "Call", "who", "mom");
        assertThat(confirm.expect()).isEqualTo(Response.Expect.CONFIRMATION);
        assertThat(confirm.text()).isEqualTo("Call mom?");
        assertThat(skill.handle(Scripts.request("caller", "Call", true, "who", "mom")).text()).isEqualTo("Calling mom.");
    }

    @Test
    void askAndAskFor() throws Exception {
        ScriptSkill skill = scripts.load("quiz", """
                intent("Quiz", ["quiz me"], req => ask("What is two plus two?"));
                intent("Name", ["my name is {name}", "remember my name"], { name: "text" },
                       req => req.slots.name ? "Hello " + req.slots.name : askFor("name", "What is your name?"));
                """);
        assertThat(Scripts.ask(skill, "Quiz").expect()).isEqualTo(Response.Expect.FOLLOW_UP);
        Response askFor = Scripts.ask(skill, "Name");
        assertThat(askFor.expect()).isEqualTo(Response.Expect.SLOT);
        assertThat(askFor.slot()).isEqualTo("name");
        assertThat(Scripts.ask(skill, "Name", "name", "Ada").text()).isEqualTo("Hello Ada");
    }

    @Test
    void storageSurvivesAReload() throws Exception {
        String source = """
                intent("Count", ["count"], req => { var n = storage.get("n", 0) + 1; storage.set("n", n);
                                                     storage.set("obj", { list: [n] }); return "" + n; });
                """;
        ScriptSkill first = scripts.load("counter", source);
        assertThat(Scripts.ask(first, "Count").text()).isEqualTo("1");
        assertThat(Scripts.ask(first, "Count").text()).isEqualTo("2");
        first.close();
        scripts.storages.clear(); // read from disk again, as after a restart
        ScriptSkill again = scripts.load("counter", source);
        assertThat(Scripts.ask(again, "Count").text()).isEqualTo("3");
        assertThat(data.resolve("counter.properties")).exists();
    }

    @Test
    void storageIsBounded() throws Exception {
        ScriptSkill skill = scripts.load("hoarder", """
                intent("Fill", ["fill"], req => { try { for (var i = 0; i < 1000; i++) storage.set("k" + i, "x".repeat(500)); }
                                                  catch (e) { return e.message; } return "no limit"; });
                """);
        assertThat(Scripts.ask(skill, "Fill").text()).startsWith("storage is full");
    }

    @Test
    void timersAnnounceOnTheSiteThatSetThem() throws Exception {
        ScriptSkill skill = scripts.load("later", """
                intent("Later", ["remind me later"], req => { setTimeout(() => "Time's up!", 150); return "Okay."; });
                """);
        assertThat(Scripts.ask(skill, "Later").text()).isEqualTo("Okay.");
        assertThat(scripts.announced.poll(5, TimeUnit.SECONDS)).isEqualTo("kitchen: Time's up!");
    }

    @Test
    void syntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> scripts.load("broken", "intent(\"A\", [\"a\"], req => say('x'));\nvar = 3;\n"))
                .isInstanceOf(Runner.ScriptFailure.class).hasMessageStartingWith("line 2: ");
    }

    @Test
    void scriptWithoutIntentsIsRefused() {
        assertThatThrownBy(() -> scripts.load("empty", "var x = 1;")).hasMessageContaining("declares no intent");
    }

    @Test
    void badDeclarationsGetClearMessages() {
        assertThatThrownBy(() -> scripts.load("bad1", "intent('A', [], req => 'x');"))
                .hasMessageContaining("sentences must be a non-empty array");
        assertThatThrownBy(() -> scripts.load("bad2", "intent('A', ['a'], 'not a function');"))
                .hasMessageContaining("must be a function");
        assertThatThrownBy(() -> scripts.load("bad3", "intent('A', ['a {x}'], { x: 'colour' }, r => 'x');"))
                .hasMessageContaining("unknown slot type 'colour'");
        assertThatThrownBy(() -> scripts.load("bad4", "intent('A', ['a {x}'], { x: { text: 'milk' } }, r => 'x');"))
                .hasMessageContaining("examples must be an array");
    }

    @Test
    void handlerErrorIsReportedWithItsLine() throws Exception {
        ScriptSkill skill = scripts.load("oops", "intent('Oops', ['oops'], req => {\n  return undefinedThing.x;\n});");
        assertThat(Scripts.ask(skill, "Oops").text()).startsWith("Sorry, the Oops skill failed: line 2: ReferenceError");
        assertThat(scripts.problems.get("skills/oops.js")).contains("line 2");
    }
}
