package io.landline.nlu.templates.internal;

import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Intent matching per utterance with 50 skills (300 intents, ~1,200 templates with optional words, alternatives
 * and typed slots) and a phone skill whose contact slot lists 1,000 names. The baseline in the same run is the
 * built-in exact engine's method: one hash lookup of the normalised text. Run by {@code scripts/bench-intents}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IntentMatchingBenchmark {

    static final String[] UTTERANCES = {
        "what time is it",                                   // exact, no slots
        "set a pasta timer for eight minutes",               // text + duration slots
        "call jennifer martinez on mobile",                  // list slot of 1,000 names
        "please call uncle robert thompson",                 // filler + list slot
        "wake me up at half past six",                       // time slot
        "dial five five five oh one double two",             // digits slot
        "turn on the kitchen lights in skill twenty seven",  // generated skill sentence with list slot
        "what's the weather like in skill twelve tomorrow",  // date slot
        "set a pasta timor for eight minutes",               // misheard word
        "blorp the frobnicator with gusto",                  // not understood
        "what's the weather like in skill 12 tomorrow",      // ambiguous: 50 skills fit equally badly
    };

    TemplateRecognizer recognizer;
    IntentCatalog catalog;
    Map<String, IntentCatalog.Entry> exact;
    int next;

    /** @return 1,000 contact names: 40 first names × 25 last names, with a few "uncle"/"aunt" forms */
    static List<String> contacts() {
        String[] first = { "james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda", "david",
            "elizabeth", "william", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah", "charles",
            "karen", "christopher", "lisa", "daniel", "nancy", "matthew", "betty", "anthony", "margaret", "mark",
            "sandra", "donald", "ashley", "steven", "kimberly", "paul", "emily", "andrew", "donna", "joshua", "uncle robert" };
        String[] last = { "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
            "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson",
            "martin", "lee", "perez", "thompson", "white", "harris" };
        List<String> names = new ArrayList<>();
        for (String f : first) {
            for (String l : last) {
                names.add(f + " " + l);
            }
        }
        return names;
    }

    static IntentCatalog catalog() {
        List<IntentCatalog.Entry> entries = new ArrayList<>();
        SlotType rooms = SlotType.list(List.of("kitchen", "living room", "bedroom", "bathroom", "garage", "office"));
        for (int s = 0; s < 50; s++) {
            String skill = "skill" + s;
            String tag = "skill " + words(s);
            entries.add(new IntentCatalog.Entry(skill, new IntentDefinition("On",
                    List.of("[please] (turn | switch) on the {room} light[s] in " + tag), Map.of("room", rooms))));
            entries.add(new IntentCatalog.Entry(skill, new IntentDefinition("Off",
                    List.of("[please] (turn | switch) off the {room} light[s] in " + tag), Map.of("room", rooms))));
            entries.add(new IntentCatalog.Entry(skill, new IntentDefinition("Weather",
                    List.of("what's the weather [like] in " + tag + " [{day}]", "weather forecast for " + tag),
                    Map.of("day", SlotType.of(SlotType.Kind.DATE)))));
            entries.add(new IntentCatalog.Entry(skill, new IntentDefinition("Volume",
                    List.of("set the volume of " + tag + " to {level}", "(louder | quieter) " + tag),
                    Map.of("level", SlotType.of(SlotType.Kind.NUMBER)))));
            entries.add(new IntentCatalog.Entry(skill, new IntentDefinition("Note",
                    List.of("note for " + tag + " {text}", "remember in " + tag + " that {text}"),
                    Map.of("text", SlotType.text()))));
            entries.add(new IntentCatalog.Entry(skill, IntentDefinition.of("Status",
                    "how is " + tag + " doing", "status of " + tag, "is " + tag + " (running | ok)")));
        }
        entries.add(new IntentCatalog.Entry("phone", new IntentDefinition("Call",
                List.of("call {contact} [on (mobile | home | work)]", "phone {contact}", "ring {contact}"),
                Map.of("contact", SlotType.list(contacts())))));
        entries.add(new IntentCatalog.Entry("phone", new IntentDefinition("Dial",
                List.of("dial {number}"), Map.of("number", SlotType.of(SlotType.Kind.DIGITS)))));
        entries.add(new IntentCatalog.Entry("timer", new IntentDefinition("SetTimer",
                List.of("set a [{name}] timer for {duration}"),
                Map.of("name", SlotType.text(), "duration", SlotType.of(SlotType.Kind.DURATION)))));
        entries.add(new IntentCatalog.Entry("timer", new IntentDefinition("Alarm",
                List.of("wake me [up] at {time}"), Map.of("time", SlotType.of(SlotType.Kind.TIME)))));
        entries.add(new IntentCatalog.Entry("clock", IntentDefinition.of("GetTime", "what time is it")));
        return new IntentCatalog(1, entries);
    }

    private static String words(int n) {
        String[] ones = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        String[] tens = { "", "", "twenty", "thirty", "forty" };
        return n < 20 ? ones[n] : tens[n / 10] + (n % 10 == 0 ? "" : " " + ones[n % 10]);
    }

    @Setup
    public void setUp() {
        recognizer = new TemplateRecognizer(Clock.systemDefaultZone());
        catalog = catalog();
        recognizer.recognize("warm up", catalog);
        exact = new HashMap<>();
        for (IntentCatalog.Entry entry : catalog.entries()) {
            for (String sentence : entry.intent().sentences()) {
                exact.putIfAbsent(Words.normalize(sentence), entry);
            }
        }
    }

    private String utterance() {
        String text = UTTERANCES[next];
        next = (next + 1) % UTTERANCES.length;
        return text;
    }

    @Benchmark
    public Optional<Intent> templates() {
        return recognizer.recognize(utterance(), catalog);
    }

    @Benchmark
    public Object exactLookupBaseline() {
        return exact.get(Words.normalize(utterance()));
    }

    @Benchmark
    public Object compileCatalog() {
        return CompiledCatalog.compile(catalog, new SlotParsers(Clock.systemDefaultZone()));
    }

    /**
     * Prints what each utterance matches (to check the benchmark measures real matches) and the thread CPU time
     * per utterance: on a machine shared with other work, wall-clock percentiles include time the thread was not
     * running at all, CPU time does not.
     */
    public static void main(String[] args) {
        IntentMatchingBenchmark bench = new IntentMatchingBenchmark();
        bench.setUp();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        for (int warm = 0; warm < rounds; warm++) {
            for (String utterance : UTTERANCES) {
                bench.recognizer.recognize(utterance, bench.catalog);
            }
        }
        long[] all = new long[rounds * UTTERANCES.length];
        int k = 0;
        for (String utterance : UTTERANCES) {
            long[] times = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = threads.getCurrentThreadCpuTime();
                bench.recognizer.recognize(utterance, bench.catalog);
                times[r] = threads.getCurrentThreadCpuTime() - start;
                all[k++] = times[r];
            }
            java.util.Arrays.sort(times);
            System.out.printf("%-52s cpu p50 %6.0f us  p99 %6.0f us  -> %s%n", utterance, times[rounds / 2] / 1e3,
                    times[rounds * 99 / 100] / 1e3, bench.recognizer.recognize(utterance, bench.catalog)
                            .map(i -> i.skillId() + "/" + i.name() + " " + String.format("%.2f", i.confidence()))
                            .orElse("(nothing)"));
        }
        java.util.Arrays.sort(all);
        System.out.printf("all utterances: cpu p50 %.0f us, p90 %.0f us, p99 %.0f us%n", all[all.length / 2] / 1e3,
                all[all.length * 9 / 10] / 1e3, all[all.length * 99 / 100] / 1e3);
    }
}
