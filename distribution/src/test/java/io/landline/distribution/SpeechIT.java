package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice pipeline with real speech: espeak-ng voices at several speeds, run through {@code bin/landline listen}
 * in the assembled product with the real Vosk model.
 */
class SpeechIT {

    @TempDir
    static Path folder;
    static volatile Path home;
    static Speech speech;

    @BeforeAll
    static void setUp() throws Exception {
        home = LandlineProcess.copyOfDistribution(Files.createDirectories(folder.resolve("home")));
        speech = new Speech(Files.createDirectories(folder.resolve("audio")));
    }

    /**
     * What one run of {@code landline listen --json} printed: the step lines, and the closing {@code end} line
     * (audio length and time taken) when the whole recording was heard.
     */
    record Run(int exitCode, List<String> json, String end, String transcript) {

        long audioMs() {
            Matcher m = Pattern.compile("\"audio_ms\":(\\d+)").matcher(end);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }


        List<String> ofType(String type) {
            return json.stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).toList();
        }

        List<String> values(String type, String field) {
            List<String> values = new ArrayList<>();
            Pattern pattern = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"");
            for (String line : ofType(type)) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    values.add(m.group(1));
                }
            }
            return values;
        }
    }

    static Run listen(Path in, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("listen", in.toString(), "--json"));
        args.addAll(List.of(more));
        try (LandlineProcess landline = LandlineProcess.start(home, args.toArray(String[]::new))) {
            int code = landline.awaitExit(Duration.ofSeconds(150));
            String transcript = landline.transcript();
            List<String> json = transcript.lines().filter(l -> l.startsWith("{"))
                    .filter(l -> !l.startsWith("{\"type\":\"end\"")).toList();
            String end = transcript.lines().filter(l -> l.startsWith("{\"type\":\"end\"")).findFirst().orElse("");
            return new Run(code, json, end, transcript);
        }
    }

    @Test
    void wakeWordAndCommandInSeveralVoicesGetTheRightAnswers() throws Exception {
        Path out = folder.resolve("answers.wav");
        Path recording = speech.join(speech.silence(0.5),
                speech.say("en-us", 150, "computer, what time is it"), speech.silence(1.5),
                speech.say("en+f3", 170, "computer what day is it"), speech.silence(1.5),
                speech.say("en-us+m3", 130, "computer, what can you do"), speech.silence(1.5),
                speech.say("en-gb-x-rp", 160, "computer. what's the date"), speech.silence(1.0));

        Run run = listen(recording, "--say-to", out.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.values("wake", "word")).as(run.transcript()).containsExactly("computer", "computer",
                "computer", "computer");
        assertThat(run.values("transcript", "text")).as(run.transcript()).containsExactly("what time is it",
                "what day is it", "what can you do", "what's the date");
        assertThat(run.values("intent", "name")).as(run.transcript()).containsExactly("GetTime", "GetDay", "Help",
                "GetDate");
        List<String> responses = run.values("response", "text");
        assertThat(responses).as(run.transcript()).hasSize(4);
        assertThat(responses.get(0)).matches("It's \\d{1,2}:\\d\\d [AP]M\\.");
        assertThat(responses.get(2)).contains("Clock");
        assertThat(run.ofType("error")).as(run.transcript()).isEmpty();
        // --say-to: the four answers spoken by espeak-ng into one 16 kHz WAV file.
        byte[] wav = Files.readAllBytes(out);
        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat((wav.length - 44) / 32000.0).as("seconds of speech").isGreaterThan(3);
    }

    @Test
    void grammarModeHearsAFreeTextExampleAndTheWordsOfTheCommandItBeganWith() throws Exception {
        // "eggs" is one of the shopping list's examples, so it is a phrase like any other (free text alone was
        // heard as "put on the shopping list" in this voice). In the second command Vosk's word-pair model let
        // the example "salmon" slip into a time ("set an alarm for salmon forty five"); salmon is no example any
        // more. A recognizer started right after the wake word left out "set" ("an alarm for seven forty five");
        // one that hears the wake word too hears the command whole. (At 165 wpm, where this was first seen, the
        // voice's fast "computer, set" is heard as "computed set" at times since "computed" became a decoy: one of
        // the wake words that trade cost, docs/benchmarks.md, "Wake-word decoys".)
        Path recording = speech.join(speech.silence(0.5),
                speech.say("en-us+m5", 130, "computer, put eggs on the shopping list"), speech.silence(1.5),
                speech.say("en-us+m2", 150, "computer, set an alarm for seven forty five"), speech.silence(1.0));

        Run run = listen(recording);

        assertThat(run.values("transcript", "text")).as(run.transcript())
                .containsExactly("put eggs on the shopping list", "set an alarm for seven forty five");
        assertThat(run.ofType("intent")).as(run.transcript()).hasSize(2);
        assertThat(run.ofType("intent").get(0)).contains("\"item\":\"eggs\"");
        assertThat(run.ofType("intent").get(1)).contains("\"time\":\"07:45\"");
    }

    @Test
    void aRecognizerKeptFromAnEarlierCommandHearsTheNextAsANewOneWould() throws Exception {
        // A command's recognizer goes back to the engine and hears the next command on its grammar: it must hear
        // it as a recognizer of its own would. "glue" is no example of the shopping list's items, so the item
        // comes from a second pass without a grammar, lined up by time with the words around it.
        Path first = speech.say("en-us", 150, "computer, what time is it");
        Path second = speech.say("en-us", 150, "computer, add glue to the shopping list");
        Path third = speech.say("en+f3", 160, "computer, add glue to the shopping list");
        // Further apart than the follow-up window (8 s), so each is heard after its wake word, as when alone.
        Run together = listen(speech.join(speech.silence(0.5), first, speech.silence(9), second, speech.silence(9),
                third, speech.silence(1.0)));
        List<String> alone = new ArrayList<>();
        for (Path command : List.of(first, second, third)) {
            alone.addAll(listen(speech.join(speech.silence(0.5), command, speech.silence(1.0)))
                    .values("transcript", "text"));
        }

        assertThat(together.values("transcript", "text")).as(together.transcript()).hasSize(3)
                .containsExactlyElementsOf(alone);
        assertThat(together.values("intent", "name")).as(together.transcript())
                .containsExactly("GetTime", "AddItem", "AddItem");
        assertThat(together.ofType("intent").subList(1, 3)).as(together.transcript())
                .allMatch(intent -> intent.contains("\"item\":\""));
    }

    @Test
    void aSpeakerWhoPausesMidCommandIsHeardToTheEnd() throws Exception {
        // Two clips: espeak-ng ends the first with some 430 ms of silence, longer than phrase.silence.ms and
        // shorter than trailing.silence.ms. After that pause the running words ("what") are no command, so the
        // recognizer is asked to settle, which ends its utterance there; the speaker goes on, and the recognizer
        // must hear the command from its start, not "time is it" alone.
        Path recording = speech.join(speech.silence(0.5), speech.say("en-us", 150, "computer, what"),
                speech.say("en-us", 150, "time is it"), speech.silence(1.0));

        Run run = listen(recording);

        assertThat(run.values("transcript", "text")).as(run.transcript()).containsExactly("what time is it");
        assertThat(run.ofType("intent")).as(run.transcript()).singleElement().asString().contains("GetTime");
    }

    @Test
    void grammarModeTakesASentenceOfTheTemplatesThatTheListedPhrasesLeaveOut() throws Exception {
        // The grammar lists a bounded share of what the templates say: "can you start a timer for {duration}" and
        // "start a {name} timer for {duration}" are listed, "can you start a noodle timer …" is not. Vosk's
        // word-pair model hears it all the same, and the intent engine's templates say it is a sentence; without
        // that, the pipeline searched on for a listed phrase and found "can you start a timer for nine minutes".
        try (LandlineProcess grammar = LandlineProcess.start(home, "grammar")) {
            assertThat(grammar.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(grammar.transcript()).contains("can you start a timer for nine minutes")
                    .contains("start a noodle timer for nine minutes")
                    .doesNotContain("can you start a noodle timer");
        }
        Path recording = speech.join(speech.silence(0.5),
                speech.say("en-us+pablo", 169, "computer, can you start a noodle timer for nine minutes"),
                speech.silence(1.0));

        Run run = listen(recording);

        assertThat(run.values("transcript", "text")).as(run.transcript())
                .containsExactly("can you start a noodle timer for nine minutes");
        assertThat(run.ofType("intent")).as(run.transcript()).singleElement().asString()
                .contains("\"name\":\"noodle\"").contains("\"duration\":\"PT9M\"");
    }

    @Test
    void commandsWithoutTheWakeWordDoNothing() throws Exception {
        Path recording = speech.join(speech.silence(0.5), speech.say("en-us", 150, "what time is it"),
                speech.silence(1.5), speech.say("en+f3", 170, "what can you do"), speech.silence(1.0));

        Run run = listen(recording);

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.json()).as(run.transcript()).isEmpty();
        assertThat(run.audioMs()).as("all of it was heard").isBetween(4000L, 7000L);
    }

    @Test
    void minutesOfOrdinarySpeechNeverWake() throws Exception {
        String[] sentences = {
            "Did you call the sheriff?",
            "I think the commuter train was late again this morning.",
            "The company computed the numbers for the quarterly report.",
            "My neighbour came over to borrow a cup of sugar and a pair of scissors.",
            "Can you put the kettle on and pour me a cup of tea?",
            "The weather forecast says it will rain tomorrow afternoon.",
            "She composed a beautiful piece of music for the competition.",
            "Let's go to the park and feed the ducks before it gets dark.",
            "He commuted to the city every day for twenty years.",
            "Please remember to lock the door when you leave the house.",
            "The children were playing football in the garden until dinner time.",
            "What time does the museum open on Sundays?",
            "We need to buy bread, milk, eggs and some fresh vegetables.",
            "The committee will meet again next Thursday to discuss the budget.",
            "I could not believe how quickly the summer went by.",
            "Our tutor asked us to read three chapters before the exam.",
            "The scooter in the hallway belongs to my younger brother.",
            "Turn left at the traffic lights and the station is on your right.",
            "They counted the votes twice to make sure the result was correct.",
            "A good cup of coffee makes the whole morning better.",
            "The plumber will come between nine and twelve to fix the sink.",
            "Have you seen my keys? I left them on the kitchen table.",
            "The computation took longer than anyone expected.",
            "My grandmother tells wonderful stories about her childhood on the farm.",
            "She is a competent composer.",
            "The company bought new computers for the office.",
        };
        String[] voices = { "en-us", "en+f3", "en-us+m3", "en-gb-x-rp" };
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            parts.add(speech.say(voices[i % voices.length], 130 + (i * 13) % 60, sentences[i]));
            parts.add(speech.silence(0.6));
        }
        Path recording = speech.join(parts);
        double seconds = (Files.size(recording) - 44) / 32000.0;

        Run run = listen(recording);

        assertThat(seconds).as("minutes of speech").isGreaterThan(90);
        assertThat(run.audioMs()).as("all of it was heard").isCloseTo(Math.round(seconds * 1000), org.assertj.core.data.Offset.offset(2L));
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.ofType("wake")).as(run.transcript()).isEmpty();
        assertThat(run.ofType("intent")).as(run.transcript()).isEmpty();
    }
}
