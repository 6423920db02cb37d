package io.landline.nlu.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.engine.ProblemReporter;
import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TemplateRecognizerTest {

    private final TemplateRecognizer recognizer = new TemplateRecognizer(
            Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC));
    private final Map<String, String> problems = new HashMap<>();

    TemplateRecognizerTest() {
        recognizer.configure(config(0.6));
        ProblemReporter reporter = new ProblemReporter() {
            @Override
            public void report(String source, String message) {
                problems.put(source, message);
            }

            @Override
            public void clear(String source) {
                problems.remove(source);
            }
        };
        try {
            var field = TemplateRecognizer.class.getDeclaredField("problems");
            field.setAccessible(true);
            field.set(recognizer, reporter);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static TemplateRecognizer.Config config(double minConfidence) {
        return new TemplateRecognizer.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return TemplateRecognizer.Config.class;
            }

            @Override
            public double min_confidence() {
                return minConfidence;
            }
        };
    }

    private static final IntentCatalog CATALOG = new IntentCatalog(1, List.of(
            new IntentCatalog.Entry("timer", new IntentDefinition("SetTimer",
                    List.of("set a [{name}] timer for {duration}", "[set a] timer for {duration}"),
                    Map.of("name", SlotType.text(), "duration", SlotType.of(SlotType.Kind.DURATION)))),
            new IntentCatalog.Entry("timer", new IntentDefinition("TimeLeft",
                    List.of("how (long | much time) is left on the {name} timer"), Map.of("name", SlotType.text()))),
            new IntentCatalog.Entry("timer", new IntentDefinition("Alarm",
                    List.of("wake me [up] at {time}", "set an alarm for {time}"),
                    Map.of("time", SlotType.of(SlotType.Kind.TIME)))),
            new IntentCatalog.Entry("lights", new IntentDefinition("On",
                    List.of("[please] (turn | switch) on the {room} light[s]"),
                    Map.of("room", SlotType.list(List.of("kitchen", "living room", "bedroom"))))),
            new IntentCatalog.Entry("phone", new IntentDefinition("Dial",
                    List.of("dial {number}"), Map.of("number", SlotType.of(SlotType.Kind.DIGITS)))),
            new IntentCatalog.Entry("phone", new IntentDefinition("Call",
                    List.of("call {contact}"), Map.of("contact", SlotType.list(List.of("mom", "uncle bob"))))),
            new IntentCatalog.Entry("clock", IntentDefinition.of("GetTime", "what time is it", "what's the time")),
            new IntentCatalog.Entry("dialog", IntentDefinition.of("Yes", "yes", "yes please"))));

    private Intent recognize(String text) {
        return recognizer.recognize(text, CATALOG).orElseThrow(() -> new AssertionError("no intent for " + text));
    }

    @Test
    void exactSentenceIsFullyConfident() {
        Intent intent = recognize("What time is it?");
        assertThat(intent.skillId()).isEqualTo("clock");
        assertThat(intent.name()).isEqualTo("GetTime");
        assertThat(intent.confidence()).isEqualTo(1.0);
    }

    @Test
    void namedTimerWithDuration() {
        Intent intent = recognize("set a pasta timer for eight minutes");
        assertThat(intent.name()).isEqualTo("SetTimer");
        assertThat(intent.slot("name").orElseThrow().value()).isEqualTo("pasta");
        assertThat(intent.slot("duration").orElseThrow().value()).isEqualTo(Duration.ofMinutes(8));
        assertThat(intent.confidence()).isEqualTo(1.0);
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        Intent intent = recognize("timer for an hour and a half");
        assertThat(intent.name()).isEqualTo("SetTimer");
        assertThat(intent.slot("duration").orElseThrow().value()).isEqualTo(Duration.ofMinutes(90));
        assertThat(intent.slot("name")).isEmpty();
    }

    @Test
    void alternativesAndListSlots() {
        Intent intent = recognize("switch on the living room lights");
        assertThat(intent.name()).isEqualTo("On");
        assertThat(intent.slot("room").orElseThrow().value()).isEqualTo("living room");
        assertThat(recognize("please turn on the kitchen light").slot("room").orElseThrow().value())
                .isEqualTo("kitchen");
    }

    @Test
    void timeAndDigitSlots() {
        assertThat(recognize("wake me up at half past six").slot("time").orElseThrow().value())
                .isEqualTo(LocalTime.of(6, 30));
        assertThat(recognize("wake me at seven").slot("time").orElseThrow().value()).isEqualTo(LocalTime.of(7, 0));
        assertThat(recognize("dial five five five oh one double two").slot("number").orElseThrow().value())
                .isEqualTo("5550122");
    }

    @Test
    void suffixInBrackets() throws Exception {
        assertThat(recognize("switch on the bedroom lights").name()).isEqualTo("On");
        assertThat(Phrases.expand(Template.parse("light[s] on").root(), Map.of(), 10))
                .containsExactly(List.of("light", "on"), List.of("lights", "on"));
    }

    @Test
    void textSlotStopsAtTheNextWord() {
        Intent intent = recognize("how much time is left on the pasta timer");
        assertThat(intent.name()).isEqualTo("TimeLeft");
        assertThat(intent.slot("name").orElseThrow().text()).isEqualTo("pasta");
    }

    @Test
    void fillerWordsCostLittle() {
        Intent intent = recognize("um what time is it please");
        assertThat(intent.name()).isEqualTo("GetTime");
        assertThat(intent.confidence()).isGreaterThan(0.8);
    }

    @Test
    void misheardWordIsToleratedWithLowerConfidence() {
        Intent intent = recognize("set a pasta timor for eight minutes");
        assertThat(intent.name()).isEqualTo("SetTimer");
        assertThat(intent.confidence()).isBetween(0.8, 0.99);
    }

    @Test
    void articlesStandInForEachOther() {
        Intent intent = recognize("set an egg timer for two seconds");
        assertThat(intent.name()).isEqualTo("SetTimer");
        assertThat(intent.slot("name").orElseThrow().value()).isEqualTo("egg");
        assertThat(intent.confidence()).isBetween(0.8, 0.99);
    }

    @Test
    void commonWordsAloneAreNoMatch() {
        IntentCatalog catalog = new IntentCatalog(2, List.of(new IntentCatalog.Entry("timer",
                IntentDefinition.of("TimeLeft", "how close is the timer"))));
        // "how is the" are three of its five words, but of the telling ones (how, close, timer) only "how".
        assertThat(recognizer.recognize("how is the weather", catalog)).isEmpty();
        assertThat(recognizer.recognize("how close is the timor", catalog)).isPresent();
    }

    @Test
    void partialSentenceIsAGuessToConfirm() {
        Intent intent = recognize("what time is");
        assertThat(intent.name()).isEqualTo("GetTime");
        assertThat(intent.confidence()).isLessThan(0.8).isGreaterThanOrEqualTo(0.6);
        assertThat(intent.sentence()).isEqualTo("what time is it");
    }

    @Test
    void wordingNoTemplateHasIsAGuessFromTheIntentsOwnWords() {
        Intent intent = recognize("how long has the pasta timer got left");
        assertThat(intent.name()).isEqualTo("TimeLeft");
        assertThat(intent.confidence()).isEqualTo(CompiledCatalog.GUESS);
        assertThat(intent.sentence()).startsWith("how long is left on the");
        // Words of two intents alike ("timer"), or one telling word, are no guess.
        assertThat(recognizer.recognize("the timer is broken again", CATALOG)).isEmpty();
        assertThat(recognizer.recognize("my favourite kitchen", CATALOG)).isEmpty();
    }

    @Test
    void theGrammarsSentencesAreWhatItsTemplatesSayBeyondThePhrasesItLists() {
        IntentCatalog catalog = new IntentCatalog(8, List.of(
                new IntentCatalog.Entry("timer", new IntentDefinition("SetTimer",
                        List.of("set a [{name}] timer for {duration}"),
                        Map.of("name", SlotType.text(List.of("pasta", "egg")),
                                "duration", SlotType.of(SlotType.Kind.DURATION)))),
                new IntentCatalog.Entry("list", new IntentDefinition("Add", List.of("add {item} to the list"),
                        Map.of("item", SlotType.text())))));
        PhraseGrammar grammar = recognizer.grammar(catalog);
        assertThat(grammar.phrases()).doesNotContain("set a egg timer for seventy seven minutes");
        // A value the samples leave out, fillers, an example of free text: sentences all the same.
        assertThat(grammar.sentences().test("set a egg timer for seventy seven minutes")).isTrue();
        assertThat(grammar.sentences().test("can you set a timer for seventy seven minutes please")).isTrue();
        assertThat(grammar.sentences().test("could you set a timer for seventy seven minutes for me")).isTrue();
        // A word off is for the recognizer to put right; free text other than an example is for its open pass.
        assertThat(grammar.sentences().test("set a egg timer four seventy seven minutes")).isFalse();
        assertThat(grammar.sentences().test("set egg timer for seventy seven minutes")).as("even a filler missing")
                .isFalse();
        assertThat(grammar.sentences().test("set a timer for seventy seven minutes for the")).as("trailing fillers")
                .isFalse();
        assertThat(grammar.sentences().test("set a want timer for seventy seven minutes")).isFalse();
        assertThat(grammar.sentences().test("add milk to the list")).isFalse();
    }

    @Test
    void aTimeOrALengthOfTimeIsEvidenceForTheIntentsThatTakeOne() {
        IntentCatalog catalog = new IntentCatalog(8, List.of(
                new IntentCatalog.Entry("timer", new IntentDefinition("SetAlarm",
                        List.of("wake me up at {time}", "set an alarm for {time}"),
                        Map.of("time", SlotType.of(SlotType.Kind.TIME)))),
                new IntentCatalog.Entry("timer", new IntentDefinition("SetTimer",
                        List.of("set a timer for {duration}", "start a {duration} timer"),
                        Map.of("duration", SlotType.of(SlotType.Kind.DURATION)))),
                new IntentCatalog.Entry("timer", IntentDefinition.of("CancelTimer", "cancel the timer")),
                new IntentCatalog.Entry("coin", IntentDefinition.of("Flip", "flip a coin", "toss a coin")),
                new IntentCatalog.Entry("clock", IntentDefinition.of("Time", "what time is it"))));

        Intent alarm = recognizer.recognize("i have to be up at ten past six", catalog).orElseThrow();

        assertThat(alarm.name()).isEqualTo("SetAlarm");
        assertThat(alarm.slot("time").orElseThrow().value()).isEqualTo(LocalTime.of(6, 10));
        assertThat(alarm.confidence()).isLessThan(0.8);
        Intent timer = recognizer.recognize("give me a shout in twenty minutes timer", catalog).orElseThrow();
        assertThat(timer.name()).isEqualTo("SetTimer");
        // A bare number is no such evidence: it could be anything's. "at six" is a time.
        assertThat(recognizer.recognize("i have to be up six", catalog)).isEmpty();
        assertThat(recognizer.recognize("i have to be up at six", catalog).orElseThrow().name()).isEqualTo("SetAlarm");
    }

    @Test
    void freeTextThatSpeaksForAnotherIntentIsAGuessOfThatIntent() {
        IntentCatalog catalog = new IntentCatalog(9, List.of(
                new IntentCatalog.Entry("shopping", new IntentDefinition("AddItem",
                        List.of("add {item} to the shopping list", "add {item}"),
                        Map.of("item", SlotType.text(List.of("milk", "a loaf of bread"))))),
                new IntentCatalog.Entry("timer", new IntentDefinition("SetTimer",
                        List.of("set a timer for {duration}", "start a {duration} timer"),
                        Map.of("duration", SlotType.of(SlotType.Kind.DURATION)))),
                new IntentCatalog.Entry("timer", IntentDefinition.of("CancelTimer", "cancel the timer")),
                new IntentCatalog.Entry("coin", IntentDefinition.of("Flip", "flip a coin", "toss a coin"))));

        Intent timer = recognizer.recognize("add timer for thirty two minutes", catalog).orElseThrow();

        assertThat(timer.name()).isEqualTo("SetTimer");
        assertThat(timer.slot("duration").orElseThrow().value()).isEqualTo(Duration.ofMinutes(32));
        assertThat(timer.confidence()).isLessThan(0.8);
        // One word of another intent's is no such evidence.
        Intent batteries = recognizer.recognize("add coin cell batteries", catalog).orElseThrow();
        assertThat(batteries.name()).isEqualTo("AddItem");
        assertThat(batteries.confidence()).isEqualTo(1.0);
    }

    @Test
    void aGuessIsNotOfferedWhenTheLeastConfidenceIsAboveIt() {
        TemplateRecognizer strict = new TemplateRecognizer(Clock.systemUTC());
        strict.configure(config(0.7));
        assertThat(strict.recognize("how long has the pasta timer got left", CATALOG)).isEmpty();
    }

    @Test
    void farOffTextIsNotUnderstood() {
        assertThat(recognizer.recognize("blorp the frobnicator", CATALOG)).isEmpty();
        assertThat(recognizer.recognize("", CATALOG)).isEmpty();
        assertThat(recognizer.recognize("call dad", CATALOG)).isEmpty();
        // A free-text slot and one wrong word is not a guess worth offering.
        assertThat(recognizer.recognize("flip a coin", CATALOG)).isEmpty();
        assertThat(recognizer.recognize("clear the shopping list", CATALOG)).isEmpty();
        assertThat(recognizer.recognize("how is the weather", CATALOG)).isEmpty();
    }

    @Test
    void aNumberEndsWhereTheTemplateGoesOnWithForMe() {
        IntentCatalog catalog = new IntentCatalog(9, List.of(new IntentCatalog.Entry("phone",
                new IntentDefinition("Dial", List.of("can you dial {number} [for me]"),
                        Map.of("number", SlotType.of(SlotType.Kind.DIGITS))))));
        // "for" is read as "four" in a number, since recognizers spell it so; not where the template says "for me".
        Intent intent = recognizer.recognize("can you dial five five five nine eight seven two for me", catalog)
                .orElseThrow();
        assertThat(intent.slot("number").orElseThrow().value()).isEqualTo("5559872");
        assertThat(intent.confidence()).isEqualTo(1.0);
    }

    @Test
    void aClosingForMeIsNoPartOfFreeText() {
        IntentCatalog catalog = new IntentCatalog(10, List.of(new IntentCatalog.Entry("shopping",
                new IntentDefinition("AddItem", List.of("add {item} to (the | my) grocery list", "add {item}"),
                        Map.of("item", SlotType.text(List.of("eggs", "a loaf of bread")))))));

        Intent intent = recognizer.recognize("add garlic to the grocery list for me", catalog).orElseThrow();

        assertThat(intent.slot("item").orElseThrow().value()).isEqualTo("garlic");
        assertThat(intent.text()).isEqualTo("add garlic to the grocery list for me");
        assertThat(recognizer.recognize("add garlic for me", catalog).orElseThrow().slot("item").orElseThrow()
                .value()).isEqualTo("garlic");
    }

    @Test
    void wrongSlotTypeDoesNotMatchExactly() {
        Optional<Intent> intent = recognizer.recognize("dial mom", CATALOG);
        assertThat(intent.map(Intent::confidence).orElse(0.0)).isLessThan(0.8);
    }

    @Test
    void aGuessBetweenTwoIntentsIsNotConfident() {
        IntentCatalog rooms = new IntentCatalog(5, List.of(
                new IntentCatalog.Entry("a", IntentDefinition.of("On", "turn on the light in room one")),
                new IntentCatalog.Entry("b", IntentDefinition.of("On", "turn on the light in room two"))));
        assertThat(recognizer.recognize("turn on the light in room two", rooms).orElseThrow().confidence()).isEqualTo(1);
        Intent guess = recognizer.recognize("turn on the light in room 5", rooms).orElseThrow();
        assertThat(guess.confidence()).isLessThan(0.8);
    }

    @Test
    void parseSlotReadsRepliesWithLeadIns() {
        assertThat(recognizer.parseSlot("for eight minutes", SlotType.of(SlotType.Kind.DURATION)).value())
                .isEqualTo(Duration.ofMinutes(8));
        assertThat(recognizer.parseSlot("it's five five five", SlotType.of(SlotType.Kind.DIGITS)).value())
                .isEqualTo("555");
        assertThat(recognizer.parseSlot("Uncle Bob.", SlotType.list(List.of("mom", "uncle bob"))).value())
                .isEqualTo("uncle bob");
        assertThat(recognizer.parseSlot("no idea", SlotType.of(SlotType.Kind.NUMBER)).value()).isEqualTo("no idea");
    }

    @Test
    void threadsAskingForTheGrammarAtOnceGetTheSameObject() throws Exception {
        // The pipeline prepares grammars in the background while listening asks too, and compares them by identity
        // before comparing thousands of phrases.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PhraseGrammar>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return recognizer.grammar(CATALOG);
                }));
            }
            start.countDown();
            PhraseGrammar first = asked.get(0).get();
            for (Future<PhraseGrammar> grammar : asked) {
                assertThat(grammar.get()).isSameAs(first);
            }
            assertThat(recognizer.grammar(CATALOG)).isSameAs(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void grammarExpandsTemplatesAndIsOpenForFreeText() {
        PhraseGrammar grammar = recognizer.grammar(CATALOG);
        assertThat(grammar.phrases()).contains("what time is it", "switch on the living room lights",
                "turn on the kitchen light", "please turn on the bedroom lights", "wake me up at half past six",
                "set an alarm for seven thirty", "call uncle bob", "timer for eight minutes", "yes please");
        // Free text is a placeholder the recognizer decodes openly; digits are pairs, so any digit follows any.
        assertThat(grammar.phrases()).contains("how long is left on the * timer", "dial five oh", "dial oh five")
                .noneMatch(p -> p.startsWith("dial") && p.split(" ").length != 3);
        assertThat(grammar.openVocabulary()).isTrue();
        IntentCatalog closed = new IntentCatalog(9, List.of(CATALOG.entries().get(6), CATALOG.entries().get(3)));
        assertThat(recognizer.grammar(closed).openVocabulary()).isFalse();
    }

    @Test
    void aFreeTextSlotsExamplesArePhrasesAndOtherTextIsStillAccepted() {
        IntentCatalog shopping = new IntentCatalog(4, List.of(new IntentCatalog.Entry("shopping",
                new IntentDefinition("AddItem", List.of("put {item} on the list"),
                        Map.of("item", SlotType.text(List.of("eggs", "olive oil")))))));
        PhraseGrammar grammar = recognizer.grammar(shopping);
        assertThat(grammar.phrases()).containsExactlyInAnyOrder("put eggs on the list", "put olive oil on the list",
                "put * on the list");
        assertThat(grammar.openVocabulary()).isTrue();
        assertThat(recognizer.recognize("put figs on the list", shopping).orElseThrow().slot("item").orElseThrow()
                .value()).isEqualTo("figs");
    }

    @Test
    void aMissingWordBeforeAFreeTextSlotStillFillsTheSlot() {
        IntentCatalog shopping = new IntentCatalog(4, List.of(new IntentCatalog.Entry("shopping",
                new IntentDefinition("AddItem", List.of("add {item} to the shopping list", "add to the shopping list"),
                        Map.of("item", SlotType.text())))));
        Intent intent = recognizer.recognize("bread to the shopping list", shopping).orElseThrow();
        assertThat(intent.slot("item").orElseThrow().value()).isEqualTo("bread");
        assertThat(recognizer.recognize("add to the shopping list", shopping).orElseThrow().slots()).isEmpty();
    }

    @Test
    void freeTextNeedsTheWordsAroundItHeard() {
        IntentCatalog shopping = new IntentCatalog(5, List.of(
                new IntentCatalog.Entry("shopping", new IntentDefinition("AddItem",
                        List.of("put {item} on my shopping list"), Map.of("item", SlotType.text()))),
                new IntentCatalog.Entry("shopping", IntentDefinition.of("ReadList", "what's on my shopping list"))));
        // "tell" is no "put": reading "me what's" as the item rests on nothing but one wrong word.
        Intent intent = recognizer.recognize("tell me what's on my shopping list", shopping).orElseThrow();
        assertThat(intent.name()).isEqualTo("ReadList");
        Intent added = recognizer.recognize("put oat milk on my shopping list", shopping).orElseThrow();
        assertThat(added.slot("item").orElseThrow().value()).isEqualTo("oat milk");
        assertThat(added.confidence()).isEqualTo(1.0);
    }

    @Test
    void freeTextDoesNotTakeItsIntentsOwnWordsWhenATemplateHasThemAsWords() {
        IntentCatalog shopping = new IntentCatalog(7, List.of(new IntentCatalog.Entry("shopping",
                new IntentDefinition("AddItem", List.of("add {item} to the shopping list", "add {item}"),
                        Map.of("item", SlotType.text(List.of("bread", "shopping bags")))))));
        // "to" heard as "and": "add {item}" fits every word, but only by taking the list's own words as the item.
        Intent misheard = recognizer.recognize("add brown bread and the shopping list please", shopping)
                .orElseThrow();
        assertThat(misheard.slot("item").orElseThrow().value()).isEqualTo("brown bread");
        assertThat(misheard.confidence()).isLessThan(0.8);
        // Where no template has them as its words, they are the item's, at full confidence; an example is too.
        Intent bags = recognizer.recognize("add shopping list pads", shopping).orElseThrow();
        assertThat(bags.slot("item").orElseThrow().value()).isEqualTo("shopping list pads");
        assertThat(bags.confidence()).isEqualTo(1.0);
        assertThat(recognizer.recognize("add shopping bags to the shopping list", shopping).orElseThrow()
                .slot("item").orElseThrow().value()).isEqualTo("shopping bags");
    }

    @Test
    void freeTextDoesNotKeepWhatAnotherTemplateOfItsIntentSaysAfterIt() {
        IntentCatalog shopping = new IntentCatalog(8, List.of(new IntentCatalog.Entry("shopping",
                new IntentDefinition("AddItem", List.of("put {item} on (the | my) [shopping] list", "jot down {item}"),
                        Map.of("item", SlotType.text(List.of("bread", "a loaf of bread")))))));
        // Two sentences blended: only "jot down {item}" fits every word, but "on my shopping list" is the other's.
        assertThat(recognizer.recognize("jot down avocados on my shopping list", shopping).orElseThrow().slot("item")
                .orElseThrow().value()).isEqualTo("avocados");
        // The words alone are no item to take away; other words that end so are kept.
        assertThat(recognizer.recognize("jot down on my list", shopping).orElseThrow().slot("item").orElseThrow()
                .value()).isEqualTo("on my list");
        assertThat(recognizer.recognize("jot down shopping list pads", shopping).orElseThrow().slot("item")
                .orElseThrow().value()).isEqualTo("shopping list pads");
    }

    @Test
    void freeTextWithExamplesIsAtMostThreeWordsLongerThanTheLongest() {
        IntentCatalog timers = new IntentCatalog(6, List.of(
                new IntentCatalog.Entry("timer", new IntentDefinition("SetTimer", List.of("set a {name} timer"),
                        Map.of("name", SlotType.text(List.of("pasta", "egg"))))),
                new IntentCatalog.Entry("timer", new IntentDefinition("Alarm", List.of("set the alarm for {time}"),
                        Map.of("time", SlotType.of(SlotType.Kind.TIME))))));
        assertThat(recognizer.recognize("set a big pot of pasta timer", timers).orElseThrow().slot("name")
                .orElseThrow().value()).isEqualTo("big pot of pasta");
        // A timer's name is no sentence: this is the alarm, heard with a stray "a" and "timer".
        Intent intent = recognizer.recognize("set a the alarm for five in the morning timer", timers).orElseThrow();
        assertThat(intent.name()).isEqualTo("Alarm");
        assertThat(intent.slot("time").orElseThrow().value()).isEqualTo(LocalTime.of(5, 0));
    }

    @Test
    void templateSyntax() throws Exception {
        assertThat(Template.parse("(a | b) [c] {d}").slots()).containsExactly("d");
        assertThatThrownBy(() -> Template.parse("turn (on")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Template.parse("turn on]")).hasMessageContaining("unexpected ']'");
        assertThatThrownBy(() -> Template.parse("{not a name}")).hasMessageContaining("not a slot name");
        assertThatThrownBy(() -> Template.parse("[]")).hasMessageContaining("no words");
        assertThatThrownBy(() -> Template.parse("a } b")).hasMessageContaining("'}' without '{'");
    }

    @Test
    void hostileTemplatesAreRejectedWithAProblemAndTheRestStillWorks() {
        String deep = "(".repeat(500) + "x" + ")".repeat(500);
        String wide = "(" + String.join(" | ", java.util.stream.IntStream.range(0, 300).mapToObj(i -> "w" + i).toList())
                + ")";
        StringBuilder optionals = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            optionals.append("[a").append(i).append(" | b").append(i).append("] ");
        }
        String huge = "w ".repeat(3_000);
        List<IntentCatalog.Entry> entries = new ArrayList<>(CATALOG.entries());
        entries.add(new IntentCatalog.Entry("evil", new IntentDefinition("Deep", List.of(deep), Map.of())));
        entries.add(new IntentCatalog.Entry("wide", new IntentDefinition("Wide", List.of(wide), Map.of())));
        entries.add(new IntentCatalog.Entry("combo", new IntentDefinition("Combo",
                List.of(optionals.toString() + "end"), Map.of())));
        entries.add(new IntentCatalog.Entry("long", new IntentDefinition("Long", List.of(huge), Map.of())));
        entries.add(new IntentCatalog.Entry("undeclared", new IntentDefinition("U", List.of("echo {what}"),
                Map.of())));
        IntentCatalog hostile = new IntentCatalog(2, entries);

        assertThat(recognizer.recognize("what time is it", hostile).orElseThrow().skillId()).isEqualTo("clock");
        assertThat(problems).containsKeys("template in skill evil", "template in skill long",
                "template in skill undeclared");
        assertThat(problems.get("template in skill evil")).contains("nesting deeper than");
        assertThat(problems.get("template in skill long")).contains("longer than");
        assertThat(problems.get("template in skill undeclared")).contains("{what} has no declared type");
        // 2^60 expansions are cut to a bounded prefix, and matching stays a linear pass.
        PhraseGrammar grammar = recognizer.grammar(hostile);
        assertThat(grammar.phrases().size()).isLessThanOrEqualTo(Phrases.TOTAL);
        assertThat(recognizer.recognize("a1 b2 a3 end", hostile).orElseThrow().skillId()).isEqualTo("combo");
        assertThat(recognizer.recognize("w299", hostile).orElseThrow().skillId()).isEqualTo("wide");
        assertThat(recognizer.recognize("echo hello there", hostile).orElseThrow().slot("what").orElseThrow().value())
                .isEqualTo("hello there");
        // Fixing the catalog clears the problems.
        recognizer.recognize("what time is it", new IntentCatalog(3, CATALOG.entries()));
        assertThat(problems).isEmpty();
    }

    @Test
    void longUtterancesAreCut() {
        String rambling = "what time is it " + "and more ".repeat(500);
        assertThat(recognizer.recognize(rambling, CATALOG)).isEmpty();
    }
}
