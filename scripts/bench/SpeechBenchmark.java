import io.landline.api.wake.WakeWord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vosk.LibVosk;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The speech benchmark (scripts/bench-speech). Everything runs through the assembled product
 * ({@code bin/landline listen}), except the baseline, which decodes the same audio with the bare Vosk API in this
 * JVM. The voices and speeds here are not used by the tests or for tuning the wake word.
 */
public class SpeechBenchmark {

    static final String HONESTY = "Honesty note: twenty-six held-out sets have been written, each committed"
            + " before the changes it was to judge and run as held-out once; the figures above are the"
            + " twenty-sixth's. A helper wrote it on 2026-12-07 having read only this benchmark and espeak-ng's"
            + " voice lists, and its wordings stayed unread by whoever changed recognition until this run. It"
            + " judged [what changed after 2026-12-07 03:00: to be written in before the run]."
            + " The first twenty-five are development sets now (as held-out: 76.7 % on 2026-11-21, then"
            + " 79.7 %, 75.0 %, 78.3 %, 75.0 %, 62.5 %, 75.0 %, 63.9 %, 41.7 %, 68.1 % and 51.4 % on 2026-11-22,"
            + " 56.9 %, 81.9 %, 65.3 %, 76.4 %, 65.3 %, 58.3 %, 62.5 %, 50.0 %, 43.1 %, 72.2 %, 73.6 %, 55.6 %,"
            + " 62.5 % and 15.3 % later; the seventh's author knew the skills' sentences, the others did not)."
            + " Until 2026-12-06 the sets' \"en-gb+...\" voices were plain en-gb, since espeak-ng ignores a"
            + " variant after en-gb, so eleven of those held-out runs had a voice tuned on among their four; the"
            + " sets say \"en+...\" now, which applies the variant. Three of this set's four variants are used by"
            + " other sets too (espeak-ng has no unused variant left that changes the sound but Demonic), each"
            + " with another base there. The changes were judged on the development sets and on `--tuning` (the"
            + " test voices and those of earlier benchmark versions). With the code of 2026-12-07 03:00 they"
            + " measured 1,452 commands right of 1,896 (tuning and development sets 1 to 24: 1,441 of 1,824; set"
            + " 25: 11 of 72, as held out) [and with the changes it judges: to be measured before the run]."
            + " The wake word's threshold (0.55 at sensitivity 0.5) and decoys were chosen on the voices of the"
            + " tuning and development sets (`--wake-decoys`); whether a wake word is heard swings with where the"
            + " audio's 10 ms frames fall, so a set's wake count moves a few either way with any change that moves"
            + " where a command ends. The false-wake figure covers only minutes of speech: 0 in a few minutes says"
            + " little about a rate per hour; the test suite adds nearly two minutes more in other voices, also 0.";

    /**
     * A spoken command: "computer, TEXT", and when the skill asks back, REPLY said without the wake word. Right
     * means the expected intent with the expected slot values ("*": any value).
     */
    record Sample(String intent, String text, Map<String, String> slots, String reply) {
        Sample(String intent, String text) {
            this(intent, text, Map.of(), null);
        }

        Sample(String intent, String text, String slot, String value) {
            this(intent, text, Map.of(slot, value), null);
        }
    }

    /**
     * As a slot name: the transcript must contain the value. The calling skill has a sentence per contact and
     * resolves the contact itself, so the intent carries no slot.
     */
    static final String HEARD = "heard";

    /** What accuracy is measured on: voices, speeds and commands. */
    record Set(String name, String[] voices, int[] speeds, List<Sample> commands) {
    }

    /**
     * The tuning set: the voices the tests use and those an earlier version of this benchmark used (looked at while
     * tuning), with commands worded as in the skills' first sentences. Run it with {@code --tuning}.
     */
    static final Set TUNING = new Set("tuning",
            new String[] { "en-us", "en+f3", "en-us+m3", "en-gb-x-rp", "en-gb-scotland", "en-029",
                "en-gb-x-gbclan", "en-gb-x-gbcwmd" },
            new int[] { 125, 155, 185 },
            List.of(new Sample("GetTime", "what time is it"), new Sample("GetTime", "what's the time"),
                    new Sample("GetTime", "tell me the time"), new Sample("GetDate", "what's the date"),
                    new Sample("GetDate", "what is today's date"), new Sample("GetDay", "what day is it"),
                    new Sample("GetDay", "what day of the week is it"), new Sample("Help", "what can you do"),
                    new Sample("SetTimer", "set a timer for five minutes", "duration", "PT5M"),
                    new Sample("SetTimer", "start a timer for twenty minutes", "duration", "PT20M"),
                    new Sample("ListTimers", "list my timers"), new Sample("FlipCoin", "flip a coin"),
                    new Sample("RollDie", "roll a six sided die", "sides", "6"),
                    new Sample("AddItem", "add milk to the shopping list", "item", "milk"),
                    new Sample("ReadList", "what's on the shopping list"),
                    new Sample("CallContact", "call mom", Map.of(HEARD, "mom"), "no"),
                    new Sample("CallNumber", "call five five five one two three four", Map.of("number", "5551234"),
                            "no"),
                    new Sample("CancelTimer", "cancel the timer")));

    /**
     * The development set: the first held-out set, run once as such on 2026-11-21 (76.7 %) and used for tuning
     * since. Run it with {@code --development}.
     */
    static final Set DEVELOPMENT = new Set("development",
            new String[] { "en-us-nyc", "en-us+f4", "en+m7", "en-gb-scotland+klatt" },
            new int[] { 140, 170 },
            List.of(new Sample("GetTime", "what is the time"), new Sample("GetDate", "what's the date today"),
                    new Sample("GetDay", "what day is it today"), new Sample("Help", "what can i say"),
                    new Sample("SetTimer", "set a timer for ten minutes", "duration", "PT10M"),
                    new Sample("SetTimer", "set a pasta timer for fifteen minutes",
                            Map.of("name", "pasta", "duration", "PT15M"), null),
                    new Sample("TimeLeft", "how much time is left"),
                    new Sample("SetAlarm", "wake me up at seven thirty", "time", "07:30"),
                    new Sample("FlipCoin", "toss a coin"), new Sample("RollDie", "roll a twenty sided die", "sides",
                            "20"),
                    new Sample("AddItem", "add bread to the shopping list", "item", "bread"),
                    new Sample("ReadList", "read the shopping list"),
                    new Sample("CallContact", "call dave", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "dial five five five zero one nine nine", Map.of("number", "5550199"),
                            "no"),
                    new Sample("RemindList", "remind me about the shopping list in ten minutes", "minutes", "10")));

    /**
     * The second development set: the second held-out set, written down on 2026-11-22 before that day's tuning and
     * run once as such (79.7 %); seen since. Run it with {@code --development-2}.
     */
    static final Set DEVELOPMENT_2 = new Set("development 2",
            new String[] { "en-us+m5", "en-gb-x-rp+f2", "en-gb-x-gbclan+m6", "en-029+f5" },
            new int[] { 130, 160 },
            List.of(new Sample("GetDate", "what is the date"), new Sample("Help", "what do you know"),
                    new Sample("SetTimer", "start a timer for half an hour", "duration", "PT30M"),
                    new Sample("SetTimer", "set a tea timer for three minutes", Map.of("name", "tea", "duration",
                            "PT3M"), null),
                    new Sample("TimeLeft", "how long is left on the timer"),
                    new Sample("ListTimers", "what timers are running"),
                    new Sample("SetAlarm", "wake me up at six fifteen", "time", "06:15"),
                    new Sample("CancelTimer", "cancel the alarm"), new Sample("FlipCoin", "heads or tails"),
                    new Sample("RollDie", "roll a dice"),
                    new Sample("AddItem", "put eggs on the shopping list", "item", "eggs"),
                    new Sample("ReadList", "what is on my shopping list"),
                    new Sample("CallContact", "call grandma", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "dial five five five two four six eight", Map.of("number", "5552468"),
                            "no"),
                    new Sample("RemindList", "remind me about the shopping list in twenty minutes", "minutes", "20"),
                    new Sample("ClearList", "empty the shopping list", Map.of(), "no")));

    /**
     * The third development set: the third held-out set, written down on 2026-11-22 after free-text slots got
     * examples and run once as such (75.0 %); seen since. Three of its free-text values are among the skills'
     * examples (pizza, apples, coffee) and two are not (cookie, sunscreen). Run it with {@code --development-3}.
     */
    static final Set DEVELOPMENT_3 = new Set("development 3",
            new String[] { "en-us+m2", "en-gb-x-gbcwmd+f1", "en-gb-scotland+m4", "en+m8" },
            new int[] { 135, 165 },
            List.of(new Sample("GetTime", "what time is it now"), new Sample("GetDate", "what's today's date"),
                    new Sample("SetTimer", "set a timer for forty five minutes", "duration", "PT45M"),
                    new Sample("SetTimer", "set a pizza timer for twelve minutes", Map.of("name", "pizza",
                            "duration", "PT12M"), null),
                    new Sample("SetTimer", "set a cookie timer for eight minutes", Map.of("name", "cookie",
                            "duration", "PT8M"), null),
                    new Sample("TimeLeft", "how much time is left on the timer"),
                    new Sample("SetAlarm", "set an alarm for seven forty five", "time", "07:45"),
                    new Sample("CancelTimer", "stop the timer"), new Sample("FlipCoin", "flip a coin for me"),
                    new Sample("RollDie", "roll a twelve sided die", "sides", "12"),
                    new Sample("AddItem", "add apples to the shopping list", "item", "apples"),
                    new Sample("AddItem", "put coffee on the list", "item", "coffee"),
                    new Sample("AddItem", "add sunscreen to the shopping list", "item", "sunscreen"),
                    new Sample("ReadList", "read me the shopping list"),
                    new Sample("CallContact", "call alice", Map.of(HEARD, "alice"), "no"),
                    new Sample("CallNumber", "call five five five three eight one seven", Map.of("number",
                            "5553817"), "no"),
                    new Sample("ClearList", "clear the shopping list", Map.of(), "no")));

    /**
     * The fourth development set: the fourth held-out set, written down on 2026-11-22 after the focused pass was
     * written and run as such (78.3 % once its scorer was fixed); seen since. Run it with
     * {@code --development-4}.
     */
    static final Set DEVELOPMENT_4 = new Set("development 4",
            new String[] { "en-us+m1", "en+klatt2", "en-us-nyc+linda", "en-gb-x-gbclan+steph" },
            new int[] { 145, 175 },
            List.of(new Sample("GetTime", "what's the time please"),
                    new Sample("SetTimer", "set a timer for two hours", "duration", "PT2H"),
                    new Sample("SetTimer", "set a rice timer for twenty minutes", Map.of("name", "rice",
                            "duration", "PT20M"), null),
                    new Sample("SetTimer", "set a garden timer for ten minutes", Map.of("name", "garden",
                            "duration", "PT10M"), null),
                    new Sample("SetAlarm", "wake me at eight thirty", "time", "08:30"),
                    new Sample("ListTimers", "list my alarms"), new Sample("CancelTimer", "delete the timer"),
                    new Sample("FlipCoin", "toss a coin please"),
                    new Sample("RollDie", "roll a four sided die", "sides", "4"),
                    new Sample("AddItem", "add butter to the shopping list", "item", "butter"),
                    new Sample("AddItem", "put glue on the shopping list", "item", "glue"),
                    new Sample("ReadList", "what's on my shopping list"),
                    new Sample("CallContact", "call mom's mobile", Map.of(HEARD, "mom"), "no"),
                    new Sample("CallNumber", "dial five five five nine two zero six", Map.of("number", "5559206"),
                            "no"),
                    new Sample("RemindList", "remind me about the shopping list in thirty minutes", "minutes",
                            "30")));

    /**
     * The fifth development set: the fifth held-out set, written down on 2026-11-22 after the focused pass tried two
     * first words, and run once as such (75.0 %); seen since. Run it with {@code --development-5}.
     */
    static final Set DEVELOPMENT_5 = new Set("development 5",
            new String[] { "en-us+david", "en-gb-x-rp+Annie", "en-gb-scotland+klatt3", "en-us-nyc+robert" },
            new int[] { 150, 180 },
            List.of(new Sample("GetTime", "what is the time now"),
                    new Sample("SetTimer", "set a timer for an hour", "duration", "PT1H"),
                    new Sample("SetTimer", "set a laundry timer for forty minutes", Map.of("name", "laundry",
                            "duration", "PT40M"), null),
                    new Sample("SetTimer", "set a plant timer for two minutes", Map.of("name", "plant",
                            "duration", "PT2M"), null),
                    new Sample("SetAlarm", "set an alarm for six thirty", "time", "06:30"),
                    new Sample("TimeLeft", "how much time is left on the laundry timer", "name", "laundry"),
                    new Sample("ListTimers", "what timers are set"),
                    new Sample("CancelTimer", "cancel the laundry timer", "name", "laundry"),
                    new Sample("RollDie", "roll a die"),
                    new Sample("AddItem", "put bananas on the list", "item", "bananas"),
                    new Sample("AddItem", "add toothpaste to the shopping list", "item", "toothpaste"),
                    new Sample("AddItem", "add candles to the shopping list", "item", "candles"),
                    new Sample("RemindList", "remind me about the shopping list in fifteen minutes", "minutes",
                            "15"),
                    new Sample("CallContact", "call dave's phone", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "call five five five one one one nine", Map.of("number", "5551119"),
                            "no")));

    /**
     * The sixth development set: the sixth held-out set, written down on 2026-11-22 before that session's changes
     * to recognition and run once as such (62.5 %); seen since. Run it with {@code --development-6}.
     */
    static final Set DEVELOPMENT_6 = new Set("development 6",
            new String[] { "en-us+adam", "en+aunty", "en-gb-x-gbcwmd+edward", "en-us-nyc+rob" },
            new int[] { 138, 168 },
            List.of(new Sample("GetTime", "tell me what time it is"),
                    new Sample("GetDate", "what is the date today"), new Sample("GetDay", "which day is it"),
                    new Sample("SetTimer", "set a timer for seven minutes", "duration", "PT7M"),
                    new Sample("SetTimer", "start a five minute timer", "duration", "PT5M"),
                    new Sample("SetTimer", "set an egg timer for six minutes", Map.of("name", "egg", "duration",
                            "PT6M"), null),
                    new Sample("SetTimer", "set a homework timer for twenty five minutes", Map.of("name",
                            "homework", "duration", "PT25M"), null),
                    new Sample("SetAlarm", "set an alarm for nine fifteen", "time", "09:15"),
                    new Sample("CancelTimer", "cancel my timer"),
                    new Sample("ListTimers", "which timers do i have"),
                    new Sample("FlipCoin", "can you flip a coin"),
                    new Sample("RollDie", "roll an eight sided die", "sides", "8"),
                    new Sample("AddItem", "add cheese to my shopping list", "item", "cheese"),
                    new Sample("AddItem", "put batteries on the shopping list", "item", "batteries"),
                    new Sample("ReadList", "what's on the list"),
                    new Sample("RemindList", "remind me about the shopping list in five minutes", "minutes", "5"),
                    new Sample("CallContact", "phone alice", Map.of(HEARD, "alice"), "no"),
                    new Sample("CallNumber", "dial five five five four three two one", Map.of("number", "5554321"),
                            "no")));

    /**
     * The seventh development set: the seventh held-out set, written down on 2026-11-22 before that session's changes
     * to recognition and run once as such (75.0 %); seen since. Run it with {@code --development-7}.
     */
    static final Set DEVELOPMENT_7 = new Set("development 7",
            new String[] { "en-us+Michael", "en-gb-x-rp+john", "en-gb-scotland+paul", "en-us-nyc+Andy" },
            new int[] { 142, 172 },
            List.of(new Sample("GetTime", "what's the time right now"),
                    new Sample("GetDate", "what date is it"), new Sample("GetDay", "what day is today"),
                    new Sample("SetTimer", "set a timer for nine minutes", "duration", "PT9M"),
                    new Sample("SetTimer", "timer for three minutes", "duration", "PT3M"),
                    new Sample("SetTimer", "set a bread timer for thirty minutes", Map.of("name", "bread",
                            "duration", "PT30M"), null),
                    new Sample("SetAlarm", "wake me up at six forty five", "time", "06:45"),
                    new Sample("TimeLeft", "how long until the timer goes off"),
                    new Sample("CancelTimer", "stop my timer"),
                    new Sample("ListTimers", "what timers do i have"),
                    new Sample("FlipCoin", "toss a coin for me"),
                    new Sample("RollDie", "roll a ten sided die", "sides", "10"),
                    new Sample("AddItem", "add onions to the shopping list", "item", "onions"),
                    new Sample("AddItem", "put soap on my shopping list", "item", "soap"),
                    new Sample("ReadList", "what is on the shopping list"),
                    new Sample("ClearList", "clear my shopping list", Map.of(), "no"),
                    new Sample("CallContact", "ring grandma", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "call five five five six seven eight nine", Map.of("number", "5556789"),
                            "no")));

    /**
     * The eighth development set: the eighth held-out set, written on 2026-11-22 by someone who had not seen the
     * skills' sentences and run once as such (63.9 %); seen since. Run it with {@code --development-8}.
     */
    static final Set DEVELOPMENT_8 = new Set("development 8",
            new String[] { "en-us+Gene", "en+belinda", "en-029+max", "en-gb-x-gbclan+quincy" },
            new int[] { 147, 177 },
            List.of(new Sample("GetTime", "do you know what time it is"),
                    new Sample("GetDate", "can you tell me the date"),
                    new Sample("GetDay", "what day of the week is it today"),
                    new Sample("SetTimer", "set a timer for eleven minutes", "duration", "PT11M"),
                    new Sample("SetTimer", "put on a timer for an hour and a half", "duration", "PT1H30M"),
                    new Sample("SetTimer", "set a chicken timer for thirty five minutes", Map.of("name", "chicken",
                            "duration", "PT35M"), null),
                    new Sample("SetAlarm", "set my alarm for seven fifteen", "time", "07:15"),
                    new Sample("TimeLeft", "how many minutes are left on the timer"),
                    new Sample("CancelTimer", "turn off the timer"),
                    new Sample("ListTimers", "do i have any timers running"),
                    new Sample("FlipCoin", "do a coin toss"),
                    new Sample("RollDie", "roll a dice with twelve sides", "sides", "12"),
                    new Sample("AddItem", "add tomatoes to my list", "item", "tomatoes"),
                    new Sample("AddItem", "put sugar on my list", "item", "sugar"),
                    new Sample("ReadList", "what do i need to buy"),
                    new Sample("RemindList", "remind me about my shopping list in twenty five minutes", "minutes",
                            "25"),
                    new Sample("CallContact", "give mom a call", Map.of(HEARD, "mom"), "no"),
                    new Sample("CallNumber", "phone five five five eight four two seven", Map.of("number",
                            "5558427"), "no")));

    /**
     * The ninth development set: the ninth held-out set, written on 2026-11-22 by someone who had not seen the
     * skills' sentences and run once as such (41.7 %); seen since. Run it with {@code --development-9}.
     */
    static final Set DEVELOPMENT_9 = new Set("development 9",
            new String[] { "en-us+Alicia", "en-gb-x-rp+Mike", "en-gb-scotland+zac", "en-us-nyc+anika" },
            new int[] { 133, 163 },
            List.of(new Sample("GetTime", "what time is it please"),
                    new Sample("GetDate", "what's the date today please"),
                    new Sample("GetDay", "what day is it again"),
                    new Sample("SetTimer", "can you set a timer for four minutes please", "duration", "PT4M"),
                    new Sample("SetTimer", "set a one hour timer", "duration", "PT1H"),
                    new Sample("SetTimer", "start a potato timer for eighteen minutes", Map.of("name", "potato",
                            "duration", "PT18M"), null),
                    new Sample("SetAlarm", "set an alarm for ten past seven", "time", "07:10"),
                    new Sample("TimeLeft", "how long have i got left on the timer"),
                    new Sample("CancelTimer", "get rid of the timer"),
                    new Sample("ListTimers", "how many timers have i got going"),
                    new Sample("FlipCoin", "flip me a coin"),
                    new Sample("RollDie", "can you roll a ten sided dice", "sides", "10"),
                    new Sample("AddItem", "add carrots to my list please", "item", "carrots"),
                    new Sample("AddItem", "stick flour on the shopping list", "item", "flour"),
                    new Sample("ReadList", "read out my shopping list"),
                    new Sample("RemindList", "remind me to check the shopping list in fifteen minutes", "minutes",
                            "15"),
                    new Sample("CallContact", "can you call grandma for me", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "ring five five five seven three zero two", Map.of("number",
                            "5557302"), "no")));

    /**
     * The tenth development set: the tenth held-out set, written on 2026-11-22 by someone who had not seen the
     * skills' sentences and run once as such (68.1 %); seen since. Run it with {@code --development-10}.
     */
    static final Set DEVELOPMENT_10 = new Set("development 10",
            new String[] { "en-us+Andrea", "en+Alex", "en-gb-x-rp+steph2", "en-us-nyc+Gene2" },
            new int[] { 144, 174 },
            List.of(new Sample("GetTime", "what's the current time"),
                    new Sample("GetDate", "remind me what the date is"),
                    new Sample("GetDay", "what day of the week are we on"),
                    new Sample("SetTimer", "i need a timer for fourteen minutes", "duration", "PT14M"),
                    new Sample("SetTimer", "give me a timer for an hour and fifteen minutes", "duration", "PT1H15M"),
                    new Sample("SetTimer", "set a timer for twenty two minutes for the cake", Map.of("name", "cake",
                            "duration", "PT22M"), null),
                    new Sample("SetAlarm", "put an alarm on for twenty to seven", "time", "06:40"),
                    new Sample("TimeLeft", "how much longer on the timer"),
                    new Sample("CancelTimer", "i don't need the timer anymore"),
                    new Sample("ListTimers", "check my timers"),
                    new Sample("FlipCoin", "i need a coin flip"),
                    new Sample("RollDie", "throw a hundred sided die", "sides", "100"),
                    new Sample("AddItem", "can you add cereal to the shopping list", "item", "cereal"),
                    new Sample("AddItem", "add orange juice to the list", "item", "orange juice"),
                    new Sample("ReadList", "what have i got on my shopping list"),
                    new Sample("RemindList", "in fifty minutes remind me to look at the shopping list", "minutes",
                            "50"),
                    new Sample("CallContact", "get dave on the phone", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "make a call to five five five four zero seven three", Map.of("number",
                            "5554073"), "no")));

    /**
     * The eleventh development set: the eleventh held-out set, written on 2026-11-22 by someone who had not seen the
     * skills' sentences and run once as such (51.4 %); seen since. Run it with {@code --development-11}.
     */
    static final Set DEVELOPMENT_11 = new Set("development 11",
            new String[] { "en-us+steph3", "en-gb-x-rp+grandma", "en+travis", "en-us-nyc+norbert" },
            new int[] { 146, 176 },
            List.of(new Sample("GetTime", "have you got the time"),
                    new Sample("GetDate", "do you know today's date"),
                    new Sample("GetDay", "what's the day today"),
                    new Sample("SetTimer", "can i have a timer for thirteen minutes", "duration", "PT13M"),
                    new Sample("SetTimer", "i want a timer for two and a half hours", "duration", "PT2H30M"),
                    new Sample("SetTimer", "set up a soup timer for nineteen minutes", Map.of("name", "soup",
                            "duration", "PT19M"), null),
                    new Sample("SetAlarm", "get me up at quarter past five", "time", "05:15"),
                    new Sample("TimeLeft", "when's my timer going to finish"),
                    new Sample("CancelTimer", "forget about the timer"),
                    new Sample("ListTimers", "are any of my timers still going"),
                    new Sample("FlipCoin", "settle this with a coin flip"),
                    new Sample("RollDie", "give me a roll on a sixteen sided dice", "sides", "16"),
                    new Sample("AddItem", "can you pop lemons on the grocery list", "item", "lemons"),
                    new Sample("AddItem", "i need olive oil on my shopping list", "item", "olive oil"),
                    new Sample("ReadList", "go through my shopping list"),
                    new Sample("RemindList", "give me a reminder about the shopping list in forty five minutes",
                            "minutes", "45"),
                    new Sample("CallContact", "i want to call alice", Map.of(HEARD, "alice"), "no"),
                    new Sample("CallNumber", "could you phone the number five five five two zero nine three",
                            Map.of("number", "5552093"), "no")));

    /**
     * The twelfth development set: the twelfth held-out set, written on 2026-11-22 by someone who had not seen the
     * skills' sentences and run once as such (56.9 %); seen since. Run it with {@code --development-12}.
     */
    static final Set DEVELOPMENT_12 = new Set("development 12",
            new String[] { "en-gb-x-rp+shelby", "en-029+Denis", "en-us+anikaRobot", "en+victor" },
            new int[] { 143, 173 },
            List.of(new Sample("GetTime", "could you tell me the time"),
                    new Sample("GetDate", "what date is it today"),
                    new Sample("GetDay", "which day of the week is it"),
                    new Sample("SetTimer", "start a countdown for seventeen minutes", "duration", "PT17M"),
                    new Sample("SetTimer", "set a timer for three quarters of an hour", "duration", "PT45M"),
                    new Sample("SetTimer", "set a sixteen minute timer for the bacon", Map.of("name", "bacon",
                            "duration", "PT16M"), null),
                    new Sample("SetAlarm", "i need an alarm for five to eight", "time", "07:55"),
                    new Sample("TimeLeft", "is my timer almost done"),
                    new Sample("CancelTimer", "cancel the timer i just set"),
                    new Sample("ListTimers", "what timers have i got on"),
                    new Sample("FlipCoin", "pick heads or tails for me"),
                    new Sample("RollDie", "roll me a twenty sided dice", "sides", "20"),
                    new Sample("AddItem", "please add shampoo to my shopping list", "item", "shampoo"),
                    new Sample("AddItem", "peanut butter needs to go on the shopping list", "item", "peanut butter"),
                    new Sample("ReadList", "tell me what's on my shopping list"),
                    new Sample("RemindList", "remind me to sort out the shopping list in forty minutes", "minutes",
                            "40"),
                    new Sample("CallContact", "ring dave for me", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "i need to call five five five eight one six zero", Map.of("number",
                            "5558160"), "no")));

    /**
     * The thirteenth development set: the thirteenth held-out set, written on 2026-11-22 by someone who had not seen
     * the skills' sentences and run once as such on 2026-12-03 (81.9 %); seen since. Run it with
     * {@code --development-13}.
     */
    static final Set DEVELOPMENT_13 = new Set("development 13",
            new String[] { "en-us+benjamin", "en-gb-x-gbcwmd+Hugo", "en-gb-scotland+ed", "en-gb-x-gbclan+f1" },
            new int[] { 148, 178 },
            List.of(new Sample("GetTime", "can you tell me what time it is"),
                    new Sample("GetDate", "tell me today's date"),
                    new Sample("GetDay", "tell me what day it is"),
                    new Sample("SetTimer", "please set a timer for twenty one minutes", "duration", "PT21M"),
                    new Sample("SetTimer", "start a timer for an hour and twenty minutes", "duration", "PT1H20M"),
                    new Sample("SetTimer", "start a muffin timer for twenty three minutes", Map.of("name", "muffin",
                            "duration", "PT23M"), null),
                    new Sample("SetAlarm", "set an alarm for half past six", "time", "06:30"),
                    new Sample("TimeLeft", "how long until my timer is done"),
                    new Sample("CancelTimer", "switch off the timer"),
                    new Sample("ListTimers", "which timers are running right now"),
                    new Sample("FlipCoin", "let's flip a coin"),
                    new Sample("RollDie", "roll a twenty sided dice for me", "sides", "20"),
                    new Sample("AddItem", "add yogurt to my shopping list", "item", "yogurt"),
                    new Sample("AddItem", "put paper towels on the grocery list", "item", "paper towels"),
                    new Sample("ReadList", "read me my shopping list"),
                    new Sample("RemindList", "remind me to look at my shopping list in thirty five minutes",
                            "minutes", "35"),
                    new Sample("CallContact", "please call mom", Map.of(HEARD, "mom"), "no"),
                    new Sample("CallNumber", "call the number five five five three six four one", Map.of("number",
                            "5553641"), "no")));

    /**
     * The fourteenth development set: the fourteenth held-out set, written on 2026-12-03 by someone who had not seen
     * the skills' sentences and run once as such that day (65.3 %); seen since. Run it with
     * {@code --development-14}.
     */
    static final Set DEVELOPMENT_14 = new Set("development 14",
            new String[] { "en-us+gustave", "en-gb-x-rp+edward2", "en-029+caleb", "en-gb-scotland+belinda" },
            new int[] { 139, 167 },
            List.of(new Sample("GetTime", "do you know the time"),
                    new Sample("GetDate", "could you give me today's date"),
                    new Sample("GetDay", "remind me what day it is"),
                    new Sample("SetTimer", "set me a timer for twenty three minutes", "duration", "PT23M"),
                    new Sample("SetTimer", "i'd like a timer for one hour and ten minutes", "duration", "PT1H10M"),
                    new Sample("SetTimer", "put on a roast timer for fifty five minutes", Map.of("name", "roast",
                            "duration", "PT55M"), null),
                    new Sample("SetAlarm", "set the alarm for five fifty in the morning", "time", "05:50"),
                    new Sample("TimeLeft", "what's left on the timer"),
                    new Sample("CancelTimer", "you can stop the timer now"),
                    new Sample("ListTimers", "are there any timers or alarms set"),
                    new Sample("FlipCoin", "flip a coin to help me decide"),
                    new Sample("RollDie", "throw a six sided dice for me", "sides", "6"),
                    new Sample("AddItem", "add grapes to my grocery list", "item", "grapes"),
                    new Sample("AddItem", "put ground beef on the list for me", "item", "ground beef"),
                    new Sample("ReadList", "what's on my grocery list"),
                    new Sample("RemindList", "can you remind me about the grocery list in twelve minutes", "minutes",
                            "12"),
                    new Sample("CallContact", "give grandma a ring", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "can you dial five five five zero eight three six", Map.of("number",
                            "5550836"), "no")));

    /**
     * The fifteenth development set: the fifteenth held-out set, written on 2026-12-03 by someone who had not seen
     * the skills' sentences and run once as such that day (76.4 %); seen since. Run it with
     * {@code --development-15}.
     */
    static final Set DEVELOPMENT_15 = new Set("development 15",
            new String[] { "en-us+pablo", "en-gb-x-rp+antonio", "en-us-nyc+klatt4", "en-gb-x-gbcwmd+grandpa" },
            new int[] { 137, 169 },
            List.of(new Sample("GetTime", "what time is it at the moment"),
                    new Sample("GetDate", "could you tell me the date today"),
                    new Sample("GetDay", "can you tell me what day it is today"),
                    new Sample("SetTimer", "make a timer for eight minutes", "duration", "PT8M"),
                    new Sample("SetTimer", "could you set a timer for two hours and fifteen minutes", "duration",
                            "PT2H15M"),
                    new Sample("SetTimer", "can you start a noodle timer for nine minutes", Map.of("name", "noodle",
                            "duration", "PT9M"), null),
                    new Sample("SetAlarm", "set an alarm for quarter to seven", "time", "06:45"),
                    new Sample("TimeLeft", "how much time do i have left"),
                    new Sample("CancelTimer", "turn the timer off"),
                    new Sample("ListTimers", "what timers have i set"),
                    new Sample("FlipCoin", "could you toss a coin for me"),
                    new Sample("RollDie", "please roll a four sided dice", "sides", "4"),
                    new Sample("AddItem", "add lettuce to the shopping list please", "item", "lettuce"),
                    new Sample("AddItem", "add green beans to the grocery list", "item", "green beans"),
                    new Sample("ReadList", "can you read my shopping list to me"),
                    new Sample("RemindList", "please remind me about my shopping list in twenty minutes", "minutes",
                            "20"),
                    new Sample("CallContact", "could you call alice", Map.of(HEARD, "alice"), "no"),
                    new Sample("CallNumber", "please dial five five five six two one four", Map.of("number",
                            "5556214"), "no")));

    /**
     * The sixteenth development set: the sixteenth held-out set, written on 2026-12-03 by someone who had not seen
     * the skills' sentences and run once as such that day (65.3 %); seen since. Run it with
     * {@code --development-16}.
     */
    static final Set DEVELOPMENT_16 = new Set("development 16",
            new String[] { "en-us+miguel", "en-gb-x-gbclan+sandro", "en-029+pedro", "en-gb-scotland+Mario" },
            new int[] { 136, 171 },
            List.of(new Sample("GetTime", "can you give me the time"),
                    new Sample("GetDate", "what's the date again"),
                    new Sample("GetDay", "do you know what day it is"),
                    new Sample("SetTimer", "could you start a timer for twelve minutes", "duration", "PT12M"),
                    new Sample("SetTimer", "put a timer on for an hour and forty five minutes", "duration",
                            "PT1H45M"),
                    new Sample("SetTimer", "set me a brownie timer for twenty eight minutes", Map.of("name",
                            "brownie", "duration", "PT28M"), null),
                    new Sample("SetAlarm", "could you wake me up at ten to seven", "time", "06:50"),
                    new Sample("TimeLeft", "how much longer does the timer have"),
                    new Sample("CancelTimer", "can you cancel my timer please"),
                    new Sample("ListTimers", "what timers are going at the moment"),
                    new Sample("FlipCoin", "could you do a coin flip for me"),
                    new Sample("RollDie", "can you roll an eight sided dice for me", "sides", "8"),
                    new Sample("AddItem", "could you put honey on my shopping list", "item", "honey"),
                    new Sample("AddItem", "please add dish soap to the shopping list", "item", "dish soap"),
                    new Sample("ReadList", "what have i put on the shopping list"),
                    new Sample("RemindList", "set a reminder for the shopping list in thirty minutes", "minutes",
                            "30"),
                    new Sample("CallContact", "could you phone dave please", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "could you ring five five five seven one four eight", Map.of("number",
                            "5557148"), "no")));

    /**
     * The seventeenth development set: the seventeenth held-out set, written on 2026-12-03 by someone who had not
     * seen the skills' sentences and run once as such that day (58.3 %); seen since. Run it with
     * {@code --development-17}.
     */
    static final Set DEVELOPMENT_17 = new Set("development 17",
            new String[] { "en-us+marcelo", "en-gb-x-rp+michel", "en-gb-x-gbcwmd+boris", "en-029+Henrique" },
            new int[] { 141, 164 },
            List.of(new Sample("GetTime", "could you check the time for me"),
                    new Sample("GetDate", "could you tell me what the date is"),
                    new Sample("GetDay", "do you know which day it is today"),
                    new Sample("SetTimer", "start a timer for twenty six minutes please", "duration", "PT26M"),
                    new Sample("SetTimer", "i need a timer for an hour and thirty five minutes", "duration",
                            "PT1H35M"),
                    new Sample("SetTimer", "could you set a lasagna timer for forty minutes", Map.of("name",
                            "lasagna", "duration", "PT40M"), null),
                    new Sample("SetAlarm", "please set an alarm for twenty past six", "time", "06:20"),
                    new Sample("TimeLeft", "how much time is remaining on my timer"),
                    new Sample("CancelTimer", "i'd like to cancel my timer"),
                    new Sample("ListTimers", "tell me which timers are on"),
                    new Sample("FlipCoin", "can you toss a coin"),
                    new Sample("RollDie", "please roll a ten sided die for me", "sides", "10"),
                    new Sample("AddItem", "add rice to my shopping list please", "item", "rice"),
                    new Sample("AddItem", "can you put baking soda on my grocery list", "item", "baking soda"),
                    new Sample("ReadList", "what items are on my shopping list"),
                    new Sample("RemindList", "can you remind me to check my shopping list in eighteen minutes",
                            "minutes", "18"),
                    new Sample("CallContact", "can you ring mom", Map.of(HEARD, "mom"), "no"),
                    new Sample("CallNumber", "can you call five five five nine eight seven two for me", Map.of(
                            "number", "5559872"), "no")));

    /**
     * The eighteenth development set: the eighteenth held-out set, written on 2026-12-03 by someone who had not seen
     * the skills' sentences and run once as such that day (62.5 %); seen since. Run it with
     * {@code --development-18}.
     */
    static final Set DEVELOPMENT_18 = new Set("development 18",
            new String[] { "en-us+Diogo", "en-gb-x-rp+Nguyen", "en-gb-scotland+klatt5", "en-029+klatt6" },
            new int[] { 134, 166 },
            List.of(new Sample("GetTime", "what time do you have"),
                    new Sample("GetDate", "could you tell me today's date"),
                    new Sample("GetDay", "can you tell me the day of the week"),
                    new Sample("SetTimer", "start me a timer for twenty seven minutes", "duration", "PT27M"),
                    new Sample("SetTimer", "please start a timer for one hour and fifty minutes", "duration",
                            "PT1H50M"),
                    new Sample("SetTimer", "can you put on a salmon timer for fourteen minutes", Map.of("name",
                            "salmon", "duration", "PT14M"), null),
                    new Sample("SetAlarm", "can you set an alarm for quarter past seven", "time", "07:15"),
                    new Sample("TimeLeft", "how long does my timer have left"),
                    new Sample("CancelTimer", "please cancel the timer"),
                    new Sample("ListTimers", "have i got any timers set"),
                    new Sample("FlipCoin", "would you flip a coin for me"),
                    new Sample("RollDie", "could you roll a twelve sided die", "sides", "12"),
                    new Sample("AddItem", "please put mushrooms on the shopping list", "item", "mushrooms"),
                    new Sample("AddItem", "could you add frozen peas to my list", "item", "frozen peas"),
                    new Sample("ReadList", "can you tell me what's on the shopping list"),
                    new Sample("RemindList", "remind me in forty minutes to check the shopping list", "minutes",
                            "40"),
                    new Sample("CallContact", "please phone grandma", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "could you dial five five five three one two six for me", Map.of(
                            "number", "5553126"), "no")));

    /**
     * The nineteenth development set: the nineteenth held-out set, written on 2026-12-03 by someone who had not seen
     * the skills' sentences and run once as such on 2026-12-06 (50.0 %); seen since. Run it with
     * {@code --development-19}.
     */
    static final Set DEVELOPMENT_19 = new Set("development 19",
            new String[] { "en-us+iven2", "en-gb-x-rp+Lee", "en-gb-x-gbcwmd+Marco", "en-us-nyc+Jacky" },
            new int[] { 132, 162 },
            List.of(new Sample("GetTime", "any idea what time it is"),
                    new Sample("GetDate", "do you know what the date is"),
                    new Sample("GetDay", "could you tell me what day of the week it is"),
                    new Sample("SetTimer", "would you set a timer for thirty two minutes", "duration", "PT32M"),
                    new Sample("SetTimer", "can you make me a timer for two hours and ten minutes", "duration",
                            "PT2H10M"),
                    new Sample("SetTimer", "i'd like a curry timer for thirty three minutes", Map.of("name",
                            "curry", "duration", "PT33M"), null),
                    new Sample("SetAlarm", "could you set me an alarm for eight forty", "time", "08:40"),
                    new Sample("TimeLeft", "how long to go on my timer"),
                    new Sample("CancelTimer", "could you switch the timer off"),
                    new Sample("ListTimers", "can you tell me what timers i have"),
                    new Sample("FlipCoin", "could you flip a coin please"),
                    new Sample("RollDie", "would you roll a thirty sided die", "sides", "30"),
                    new Sample("AddItem", "could you add garlic to the grocery list for me", "item", "garlic"),
                    new Sample("AddItem", "put sour cream on my grocery list please", "item", "sour cream"),
                    new Sample("ReadList", "could you read out the grocery list"),
                    new Sample("RemindList", "remind me to go over the shopping list in fifty five minutes",
                            "minutes", "55"),
                    new Sample("CallContact", "could you give alice a call", Map.of(HEARD, "alice"), "no"),
                    new Sample("CallNumber", "would you ring the number five five five two eight three seven",
                            Map.of("number", "5552837"), "no")));

    /**
     * The twentieth development set: the twentieth held-out set, written on 2026-12-06 by someone who had not seen
     * the skills' sentences and run once as such on 2026-12-06 (43.1 %); seen since. Run it with
     * {@code --development-20}.
     */
    static final Set DEVELOPMENT_20 = new Set("development 20",
            new String[] { "en-gb-scotland+kaukovalta", "en-029+Storm", "en-gb-x-gbclan+iven", "en+iven4" },
            new int[] { 131, 158 },
            List.of(new Sample("GetTime", "how late is it now"),
                    new Sample("GetDate", "can i get today's date"),
                    new Sample("GetDay", "what day are we on today"),
                    new Sample("SetTimer", "set a timer going for twenty nine minutes", "duration", "PT29M"),
                    new Sample("SetTimer", "can you do me a timer for one hour and forty minutes", "duration",
                            "PT1H40M"),
                    new Sample("SetTimer", "i need a pie timer for thirty eight minutes", Map.of("name", "pie",
                            "duration", "PT38M"), null),
                    new Sample("SetAlarm", "i need waking up at twenty five past seven", "time", "07:25"),
                    new Sample("TimeLeft", "how's the timer getting on"),
                    new Sample("CancelTimer", "scrap the timer"),
                    new Sample("ListTimers", "read out all my timers"),
                    new Sample("FlipCoin", "toss me a coin please"),
                    new Sample("RollDie", "roll a die with eight sides", "sides", "8"),
                    new Sample("AddItem", "can we add spinach to the shopping list", "item", "spinach"),
                    new Sample("AddItem", "we need chicken stock on the shopping list", "item", "chicken stock"),
                    new Sample("ReadList", "tell me everything on my shopping list"),
                    new Sample("RemindList", "remind me in sixteen minutes about my shopping list", "minutes",
                            "16"),
                    new Sample("CallContact", "put me through to dave", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "i'd like to phone five five five four six nine zero", Map.of("number",
                            "5554690"), "no")));

    /**
     * The twenty-first development set: the twenty-first held-out set, written on 2026-12-06 by someone who had not
     * seen the skills' sentences and run once as such on 2026-12-06 (72.2 %); seen since. Run it with
     * {@code --development-21}.
     */
    static final Set DEVELOPMENT_21 = new Set("development 21",
            new String[] { "en-gb-x-rp+iven3", "en-us-nyc+croak", "en+AnxiousAndy", "en-us+robosoft4" },
            new int[] { 128, 156 },
            List.of(new Sample("GetTime", "check the clock for me would you"),
                    new Sample("GetDate", "could you give me the date"),
                    new Sample("GetDay", "which day have we got today"),
                    new Sample("SetTimer", "pop a timer on for twenty one minutes", "duration", "PT21M"),
                    new Sample("SetTimer", "i want a timer for two hours and five minutes", "duration", "PT2H5M"),
                    new Sample("SetTimer", "can you start a pasta timer for eleven minutes", Map.of("name",
                            "pasta", "duration", "PT11M"), null),
                    new Sample("SetAlarm", "i have to be up at ten past six", "time", "06:10"),
                    new Sample("TimeLeft", "how many minutes has the timer got left"),
                    new Sample("CancelTimer", "turn that timer off now"),
                    new Sample("ListTimers", "which timers are still going"),
                    new Sample("FlipCoin", "let's have a coin toss"),
                    new Sample("RollDie", "chuck a ten sided dice for me", "sides", "10"),
                    new Sample("AddItem", "stick bananas on the shopping list", "item", "bananas"),
                    new Sample("AddItem", "add brown bread to the shopping list please", "item", "brown bread"),
                    new Sample("ReadList", "read back whatever is on my shopping list"),
                    new Sample("RemindList", "in twenty two minutes nudge me about the shopping list", "minutes",
                            "22"),
                    new Sample("CallContact", "give my mom a ring", Map.of(HEARD, "mom"), "no"),
                    new Sample("CallNumber", "ring five five five seven one four eight for me", Map.of("number",
                            "5557148"), "no")));

    /**
     * The twenty-second development set: the twenty-second held-out set, written on 2026-12-06 by someone who had
     * not seen the skills' sentences and run once as such on 2026-12-06 (73.6 %); seen since. Run it with
     * {@code --development-22}.
     */
    static final Set DEVELOPMENT_22 = new Set("development 22",
            new String[] { "en-gb-scotland+robosoft2", "en-029+Tweaky", "en-gb-x-gbclan+robosoft5",
                "en-us-nyc+UniRobot" },
            new int[] { 129, 153 },
            List.of(new Sample("GetTime", "what's the time at the moment"),
                    new Sample("GetDate", "can you tell me what today's date is"),
                    new Sample("GetDay", "what day is it now"),
                    new Sample("SetTimer", "start a thirty four minute timer please", "duration", "PT34M"),
                    new Sample("SetTimer", "could i get a timer for an hour and twenty five minutes", "duration",
                            "PT1H25M"),
                    new Sample("SetTimer", "start a fish timer for seventeen minutes please", Map.of("name",
                            "fish", "duration", "PT17M"), null),
                    new Sample("SetAlarm", "can you wake me at quarter to six", "time", "05:45"),
                    new Sample("TimeLeft", "how long is left before the timer rings"),
                    new Sample("CancelTimer", "cancel that timer please"),
                    new Sample("ListTimers", "are there any timers on right now"),
                    new Sample("FlipCoin", "flip a coin would you"),
                    new Sample("RollDie", "would you roll a six sided die for me", "sides", "6"),
                    new Sample("AddItem", "put cucumbers on my shopping list please", "item", "cucumbers"),
                    new Sample("AddItem", "can you add ice cream to my grocery list", "item", "ice cream"),
                    new Sample("ReadList", "what's on the shopping list right now"),
                    new Sample("RemindList", "give me a nudge about the shopping list in twenty four minutes",
                            "minutes", "24"),
                    new Sample("CallContact", "ring alice for me please", Map.of(HEARD, "alice"), "no"),
                    new Sample("CallNumber", "can you phone five five five eight zero three one", Map.of("number",
                            "5558031"), "no")));

    /**
     * The twenty-third development set: the twenty-third held-out set, written on 2026-12-06 by someone who had
     * not seen the skills' sentences and run once as such on 2026-12-06 (55.6 %); seen since. Run it with
     * {@code --development-23}.
     */
    static final Set DEVELOPMENT_23 = new Set("development 23",
            new String[] { "en-gb-x-gbcwmd+robosoft3", "en-us+robosoft7", "en-us-nyc+RicishayMax",
                "en-gb-x-rp+robosoft" },
            new int[] { 149, 161 },
            List.of(new Sample("GetTime", "what does the clock say"),
                    new Sample("GetDate", "let me know what today's date is"),
                    new Sample("GetDay", "i've lost track of what day it is"),
                    new Sample("SetTimer", "count down thirty seven minutes for me", "duration", "PT37M"),
                    new Sample("SetTimer", "run a timer for one hour and five minutes", "duration", "PT1H5M"),
                    new Sample("SetTimer", "get a popcorn timer going for four minutes", Map.of("name", "popcorn",
                            "duration", "PT4M"), null),
                    new Sample("SetAlarm", "i want an alarm going off at twenty five to eight", "time", "07:35"),
                    new Sample("TimeLeft", "when will the timer be up"),
                    new Sample("CancelTimer", "remove my timer"),
                    new Sample("ListTimers", "give me a rundown of my timers"),
                    new Sample("FlipCoin", "spin a coin for us"),
                    new Sample("RollDie", "toss a twelve sided die and tell me what comes up", "sides", "12"),
                    new Sample("AddItem", "jot down avocados on my shopping list", "item", "avocados"),
                    new Sample("AddItem", "could you write dog food on the shopping list", "item", "dog food"),
                    new Sample("ReadList", "let me hear my shopping list"),
                    new Sample("RemindList", "jog my memory about the shopping list in forty two minutes",
                            "minutes", "42"),
                    new Sample("CallContact", "connect me with grandma", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "place a call to five five five six zero five two", Map.of("number",
                            "5556052"), "no")));

    /**
     * The twenty-fourth development set: the twenty-fourth held-out set, written on 2026-12-06 by someone who had
     * not seen the skills' sentences and run once as such on 2026-12-07 (62.5 %); seen since. Run it with
     * {@code --development-24}.
     */
    static final Set DEVELOPMENT_24 = new Set("development 24",
            new String[] { "en-029+robosoft6", "en-us+robosoft8", "en-gb-x-gbclan+RicishayMax2",
                "en-gb-scotland+RicishayMax3" },
            new int[] { 127, 154 },
            List.of(new Sample("GetTime", "i need to know the time"),
                    new Sample("GetDate", "could you look up today's date for me"),
                    new Sample("GetDay", "what weekday is it today"),
                    new Sample("SetTimer", "i need a countdown of forty three minutes", "duration", "PT43M"),
                    new Sample("SetTimer", "could you time one hour and fifty five minutes for me", "duration",
                            "PT1H55M"),
                    new Sample("SetTimer", "please run a steak timer for six minutes", Map.of("name", "steak",
                            "duration", "PT6M"), null),
                    new Sample("SetAlarm", "i'd like to be woken at five past eight", "time", "08:05"),
                    new Sample("TimeLeft", "how close is the timer to going off"),
                    new Sample("CancelTimer", "shut the timer off please"),
                    new Sample("ListTimers", "tell me about my timers"),
                    new Sample("FlipCoin", "flip a coin and tell me what it lands on"),
                    new Sample("RollDie", "what do i get if i roll a four sided die", "sides", "4"),
                    new Sample("AddItem", "can you stick toilet paper on my grocery list", "item", "toilet paper"),
                    new Sample("AddItem", "put oranges down on my shopping list", "item", "oranges"),
                    new Sample("ReadList", "run through the shopping list for me"),
                    new Sample("RemindList", "in twenty seven minutes i need reminding about the shopping list",
                            "minutes", "27"),
                    new Sample("CallContact", "i'd like to speak to dave", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "get me five five five nine four one six on the phone", Map.of(
                            "number", "5559416"), "no")));

    /**
     * The twenty-fifth development set: the twenty-fifth held-out set, written on 2026-12-07 by someone who had
     * not seen the skills' sentences and run once as such on 2026-12-07 (15.3 %; two whispered voices); seen
     * since. Run it with {@code --development-25}.
     */
    static final Set DEVELOPMENT_25 = new Set("development 25",
            new String[] { "en-gb-scotland+Mr serious", "en-gb-x-rp+whisperf", "en-029+whisper",
                "en-us-nyc+announcer" },
            new int[] { 151, 159 },
            List.of(new Sample("GetTime", "mind telling me the time"),
                    new Sample("GetDate", "i need today's date please"),
                    new Sample("GetDay", "i can't remember what day of the week it is"),
                    new Sample("SetTimer", "let me know when thirty one minutes are up", "duration", "PT31M"),
                    new Sample("SetTimer", "start counting down from two hours and twenty minutes", "duration",
                            "PT2H20M"),
                    new Sample("SetTimer", "start a timer called nap for twenty four minutes", Map.of("name", "nap",
                            "duration", "PT24M"), null),
                    new Sample("SetAlarm", "make sure i'm awake at six thirty five", "time", "06:35"),
                    new Sample("TimeLeft", "what's the timer down to now"),
                    new Sample("CancelTimer", "kill the timer for me"),
                    new Sample("ListTimers", "how many timers are counting down right now"),
                    new Sample("FlipCoin", "help us decide with a quick coin toss"),
                    new Sample("RollDie", "let's see what comes up on a fifty sided die", "sides", "50"),
                    new Sample("AddItem", "i want pears added to my shopping list", "item", "pears"),
                    new Sample("AddItem", "put cat litter at the top of my shopping list", "item", "cat litter"),
                    new Sample("ReadList", "what still needs buying on my shopping list"),
                    new Sample("RemindList", "in forty eight minutes make sure i check the shopping list",
                            "minutes", "48"),
                    new Sample("CallContact", "put a call through to grandma", Map.of(HEARD, "grandma"), "no"),
                    new Sample("CallNumber", "the number to call is five five five two seven six nine", Map.of(
                            "number", "5552769"), "no")));

    /**
     * The held-out set: the twenty-sixth, written down on 2026-12-07 by someone who had not seen the skills'
     * sentences, before the next changes to recognition, to be run once after them; its figures are the ones
     * recorded; one of its voices is an espeak-ng variant no other set uses (the only unused one that changes the
     * sound), the other three pair a base and a variant no other set pairs, its speeds are two rates no other set
     * uses, and its wordings were written to differ from every sentence in this file for the same intent.
     */
    static final Set HELD_OUT = new Set("held-out",
            new String[] { "en-gb-x-gbcwmd+Demonic", "en-us-nyc+victor", "en-029+travis",
                "en-gb-scotland+aunty" },
            new int[] { 126, 157 },
            List.of(new Sample("GetTime", "how late has it got"),
                    new Sample("GetDate", "i've forgotten today's date"),
                    new Sample("GetDay", "what day of the week does today fall on"),
                    new Sample("SetTimer", "give me forty seven minutes on the clock", "duration", "PT47M"),
                    new Sample("SetTimer", "set me a countdown lasting three hours and ten minutes", "duration",
                            "PT3H10M"),
                    new Sample("SetTimer", "can you get a workout timer running for fifty two minutes", Map.of(
                            "name", "workout", "duration", "PT52M"), null),
                    new Sample("SetAlarm", "i want to wake up at twenty to eight", "time", "07:40"),
                    new Sample("TimeLeft", "how long now till the timer finishes"),
                    new Sample("CancelTimer", "call off the timer"),
                    new Sample("ListTimers", "are any timers ticking away"),
                    new Sample("FlipCoin", "throw a coin in the air and tell me heads or tails"),
                    new Sample("RollDie", "i need a roll of an eight sided die", "sides", "8"),
                    new Sample("AddItem", "make a note of tin foil on my shopping list", "item", "tin foil"),
                    new Sample("AddItem", "include crackers on my shopping list", "item", "crackers"),
                    new Sample("ReadList", "what's written on my shopping list"),
                    new Sample("RemindList", "ping me in fourteen minutes about the shopping list", "minutes",
                            "14"),
                    new Sample("CallContact", "i need to talk to dave on the phone", Map.of(HEARD, "dave"), "no"),
                    new Sample("CallNumber", "try calling five five five two eight one nine", Map.of("number",
                            "5552819"), "no")));

    /** The development sets, oldest first: {@code --development}, then {@code --development-2} and so on. */
    static final List<Set> DEVELOPMENT_SETS = List.of(DEVELOPMENT, DEVELOPMENT_2, DEVELOPMENT_3, DEVELOPMENT_4,
            DEVELOPMENT_5, DEVELOPMENT_6, DEVELOPMENT_7, DEVELOPMENT_8, DEVELOPMENT_9, DEVELOPMENT_10, DEVELOPMENT_11,
            DEVELOPMENT_12, DEVELOPMENT_13, DEVELOPMENT_14, DEVELOPMENT_15, DEVELOPMENT_16, DEVELOPMENT_17,
            DEVELOPMENT_18, DEVELOPMENT_19, DEVELOPMENT_20, DEVELOPMENT_21, DEVELOPMENT_22, DEVELOPMENT_23,
            DEVELOPMENT_24, DEVELOPMENT_25);

    /** @return the flag that runs the development set at this index of {@link #DEVELOPMENT_SETS} */
    static String developmentFlag(int index) {
        return index == 0 ? "--development" : "--development-" + (index + 1);
    }

    /** The contacts the calling skill knows in the benchmark's homes. */
    static final String CONTACTS = "contacts = Mom: mobile=5550100; Dave: 5550101; Grandma: 5550102;"
            + " Alice: 5550103\n";

    static final String[] ORDINARY = {
        "Could you pass me the salt and pepper, please?", "The bus was full so I walked all the way home.",
        "The company announced record profits this year.",
        "I commute by train and read a book on the way.", "Tomorrow we are painting the fence in the garden.",
        "Did you hear the thunder last night? It was very loud.", "She put the groceries in the cupboard.",
        "The competition starts at ten o'clock on Saturday.", "He counted the coins and put them in a jar.",
        "We watched a documentary about whales and dolphins.", "Remember to water the plants while I am away.",
        "The library closes early during the holidays.", "My sister is learning to play the piano.",
        "The recipe needs two cups of flour and three eggs.", "Please switch off the lights when you go to bed.",
        "The cat is sleeping on the warm windowsill again.", "They built a new bridge across the river.",
        "I forgot my umbrella and got completely soaked.", "The meeting was moved to Wednesday afternoon.",
        "Let's order pizza and watch a film tonight.", "The doctor said I should drink more water.",
        "His scooter has a flat tyre and needs a repair.", "The museum has a fascinating collection of clocks.",
        "We need a new vacuum cleaner for the living room.", "Can you help me carry these boxes upstairs?",
        "The neighbours are having a party on Friday.", "I complained about the noise but nothing changed.",
        "The post office is next to the bakery on the corner.", "Winter is coming, so we bought warmer coats.",
        // Near misses of the wake word, written after its decoys were chosen on other sentences (2026-12-06).
        "The accountant computed our taxes in one afternoon.", "Our school bought twenty new computers in spring.",
        "Every commuter on the platform looked tired.",
    };

    /** One command as placed in the benchmark's recording. */
    record Command(Sample sample, String voice, int speed, long startMs, long speechEndMs) {
    }

    /** A {@code listen} run: its JSON lines, peak RSS, wall and listening-thread CPU time, audio length. */
    record Listened(List<String> lines, long peakRssKb, long elapsedMs, long cpuMs, long audioMs) {
    }

    static Path dist;
    static Path work;
    static int counter;

    public static void main(String[] args) throws Exception {
        dist = Path.of(args[0]);
        work = Path.of(args[1]);
        Path report = Path.of(args[2]);
        List<String> flags = List.of(args);
        Map<String, Set> seen = new HashMap<>(Map.of("--tuning", TUNING));
        for (int i = 0; i < DEVELOPMENT_SETS.size(); i++) {
            seen.put(developmentFlag(i), DEVELOPMENT_SETS.get(i));
        }
        Set set = flags.stream().filter(seen::containsKey).map(seen::get).findFirst().orElse(HELD_OUT);
        // --full: every figure on a set tuned on, printed, not written; --again: the held-out set's misses, printed,
        // for looking into them after its recorded run (which makes it a set seen)
        boolean full = flags.contains("--full");
        boolean tuning = !full && (set != HELD_OUT || flags.contains("--again"));

        if (flags.contains("--latency") && set != HELD_OUT) {
            latencyAlone(set);
            return;
        }
        if (flags.contains("--wake-decoys")) {
            int at = flags.indexOf("--decoys");
            wakeDecoys(report, at < 0 ? null : flags.get(at + 1));
            return;
        }

        List<Command> commands = new ArrayList<>();
        Path commandsWav = commandSet(set, commands, 1.2);
        Path homeOn = home("grammar-on", null);
        // What each Vosk pass heard, in data/log/landline.log: when tuning, every pass; otherwise the second passes
        // and the wake-word stream's finalizing, which the baseline repeats.
        debugLogging(homeOn, tuning ? List.of("io.landline.asr.vosk")
                : List.of("io.landline.asr.vosk.internal.VoskStream", "io.landline.asr.vosk.internal.WakeStream"));
        Listened on = listen(homeOn, commandsWav);
        List<String> log = Files.readAllLines(homeOn.resolve("data/log/landline.log"));
        int[] accuracyOn = accuracy(on.lines(), commands, MISSES);
        long wakes = on.lines().stream().filter(l -> l.contains("\"type\":\"wake\"")).count();
        if (tuning) {
            System.out.println(set.name() + " set: " + pct(accuracyOn) + " (" + accuracyOn[0] + "/" + accuracyOn[1]
                    + ", " + accuracyOn[2] + " asked first), wakes " + wakes + "/" + commands.size() + ", RTF "
                    + String.format(Locale.ROOT, "%.3f", on.elapsedMs() / (double) on.audioMs()) + ", peak RSS "
                    + on.peakRssKb() / 1024 + " MB\nmisses:\n  " + String.join("\n  ", MISSES) + "\nhome: " + homeOn);
            return;
        }
        Path homeOff = home("grammar-off", "grammar = false\n");
        Listened off = listen(homeOff, commandsWav);
        Path ordinaryWav = ordinarySet(set);
        Listened ordinary = listen(homeOn, ordinaryWav);
        int[] accuracyOff = accuracy(off.lines(), commands);
        long falseWakes = ordinary.lines().stream().filter(l -> l.contains("\"type\":\"wake\"")).count();
        double ordinaryHours = ordinary.audioMs() / 3_600_000.0;

        Baseline bare = bareVosk(homeOn, commandsWav, on.lines(), log);
        double pipelineRtf = bare.pipeline().wallMs() / on.audioMs();
        double overhead = bare.overhead();
        double strategy = bare.same().cpuMs() / bare.plain().cpuMs() - 1;

        List<Long> latencies = new ArrayList<>(latency(set, homeOn).stream().map(Answered::latencyMs).toList());
        Collections.sort(latencies);

        String machine = machine();
        StringBuilder md = new StringBuilder();
        md.append("## Speech\n\n");
        md.append("Measured ").append(LocalDate.now()).append(" on ").append(machine).append(".\n");
        md.append("Reproduce: `scripts/bench-speech` (builds the distribution if needed, installs espeak-ng and sox, ")
                .append("rewrites this section; `--tuning` or `--development[-2|-3|...|-")
                .append(DEVELOPMENT_SETS.size()).append("]` ")
                .append("runs a set tuned on instead, prints its misses and writes nothing). Held-out ")
                .append("voices: ").append(String.join(", ", set.voices())).append(", at ").append(set.speeds()[0])
                .append(" and ").append(set.speeds()[1]).append(" words per minute, ").append(set.commands().size())
                .append(" commands each, worded differently from the tuning and development sets: ")
                .append(String.join("; ", set.commands().stream().map(c -> c.text()
                        + (c.reply() == null ? "" : " (then \"" + c.reply() + "\")")).toList()))
                .append(". Each command is \"computer, <command>\"; the assistant runs its default skills (built-in, ")
                .append("calling with four contacts, the coin and shopping-list scripts).\n\n");
        md.append("| figure | value | target |\n|---|---|---|\n");
        md.append(row("commands right, grammar mode (intent and slots)",
                pct(accuracyOn) + " (" + accuracyOn[0] + "/" + accuracyOn[1] + "; " + accuracyOn[2]
                        + " of them offered as \"did you mean …?\" first, to be confirmed)", "≥ 95 %"));
        md.append(row("commands right, open vocabulary (`grammar = false`)",
                pct(accuracyOff) + " (" + accuracyOff[0] + "/" + accuracyOff[1] + ")", "—"));
        long heard = commands.size() - MISSES.stream().filter(m -> m.endsWith("no wake word heard")).count();
        md.append(row("commands heard: after a wake word, or as a follow-up within `followup.seconds` of an answer"
                + " (none needs a wake word then)", heard + "/" + commands.size() + " (" + wakes
                + " wake words detected)", "all"));
        md.append(row("false wakes in " + String.format(Locale.ROOT, "%.1f", ordinary.audioMs() / 60000.0)
                + " min of ordinary speech (" + ORDINARY.length + " sentences, same voices)",
                falseWakes + " (" + String.format(Locale.ROOT, "%.1f", falseWakes / ordinaryHours) + " per hour)",
                "0"));
        md.append(row("end of speech → intent, p50 / p95 (" + latencies.size() + " commands fed in real time)",
                percentile(latencies, 50) + " ms / " + percentile(latencies, 95) + " ms", "p50 ≤ 300 ms"));
        md.append(row("real-time factor, whole pipeline (`listen`, " + on.audioMs() / 1000 + " s of audio)",
                String.format(Locale.ROOT, "%.3f", pipelineRtf), "—"));
        md.append(row("real-time factor, bare Vosk API doing the same decoding, same run (" + bare.spans()
                + " spans, " + bare.wakeFinalizations() + " finalizings to confirm a wake word, "
                + bare.settlingPasses() + " settlings, " + bare.resumedPasses() + " of them decoded again as the "
                + "speaker went on, " + bare.focusedPasses() + " focused passes, "
                + bare.secondPasses()
                + " open second passes)", String.format(Locale.ROOT, "%.3f",
                        bare.same().wallMs() / on.audioMs()), "—"));
        md.append(row("of that, audio decoded twice by design: from each wake word's start (100 ms before it) to its"
                + " detection, for the wake word and again for the command", String.format(Locale.ROOT, "%.1f s of %d s (%d wake words)",
                        bare.decodedTwiceMs() / 1000.0, on.audioMs() / 1000, wakes), "—"));
        md.append(row("**pipeline overhead**: the pipeline against bare Vosk doing the same decoding, CPU time, the "
                + "median of five rounds, each pipeline run against the baseline run beside it (rounds: "
                + bare.cpuRatios().stream().map(r -> String.format(Locale.ROOT, "%+.1f %%", (r - 1) * 100))
                        .collect(java.util.stream.Collectors.joining(", ")) + ")",
                String.format(Locale.ROOT, "%+.1f %%", overhead * 100), "≤ 10 %"));
        md.append(againstRow("the same from the fastest run of each", bare.pipeline().cpuMs(), bare.same().cpuMs()));
        md.append(againstRow("the same in wall-clock time", bare.pipeline().wallMs(), bare.same().wallMs()));
        grammarPreparation(log).ifPresent(prepared -> md.append(row("of the pipeline's CPU time, preparing the grammar"
                + " once, as at start-up and whenever the skills change (" + prepared[0] + " phrases; the log says)",
                String.format(Locale.ROOT, "%.2f s; the fastest of each without it: %+.1f %%", prepared[1] / 1000.0,
                        ((bare.pipeline().cpuMs() - prepared[1]) / bare.same().cpuMs() - 1) * 100), "—")));
        md.append(row("real-time factor, bare Vosk API, one plain pass per span (one hypothesis, no second pass)",
                String.format(Locale.ROOT, "%.3f", bare.plain().wallMs() / on.audioMs()), "—"));
        md.append(row("cost of grammar mode's decoding (ten hypotheses, second passes for free text, follow-up "
                + "grammars) against one plain pass, both bare Vosk, CPU time", String.format(Locale.ROOT, "%+.1f %%",
                        strategy * 100), "—"));
        md.append(row("peak resident memory of the assistant (small model, wake + speech engines)",
                on.peakRssKb() / 1024 + " MB", "≤ 350 MB"));
        md.append("\nMisses in grammar mode: ").append(MISSES.isEmpty() ? "none" : String.join("; ", MISSES))
                .append(".\n");
        md.append("\n").append(HONESTY).append("\n");
        md.append("\nHow: a command is right when the first transcript after its wake word is followed by the ")
                .append("expected intent with the expected slot values (the timer's duration and name, the alarm's ")
                .append("time, the die's sides, the list item, the dialled digits; for a contact, the name in the ")
                .append("transcript, since the calling skill resolves contacts itself). ")
                .append("Latency feeds `bin/landline listen -` 20 ms blocks at real-time pace and measures from the ")
                .append("moment the block holding the last spoken sample was written to the moment the intent line ")
                .append("arrived (`early.end`, `phrase.silence.ms` and `trailing.silence.ms` from ")
                .append("etc/io.landline.listen.cfg decide). ")
                .append("The real-time factor is processing time over audio time (the `end` line of `listen --json`; ")
                .append("JVM start and model loading excluded). The baseline decodes with the bare Vosk API, in ")
                .append("this JVM, what the pipeline decoded: the wake grammar from one command's end to where the ")
                .append("pipeline detected the next wake word (its log says), finalizing where the pipeline's ")
                .append("wake-word stream finalized to confirm a wake word followed by another word (its log says ")
                .append("that too); from 100 ms before the wake word's start (its log says where; for a follow-up, from ")
                .append("the answer) to the command's end, the command grammar as `bin/landline grammar` prints it ")
                .append("with each phrase after the wake word (for a follow-up, also without it), ten hypotheses; ")
                .append("and, where the pipeline's log ")
                .append("shows them, the settlings (a final result where the command's partial words ")
                .append("were not yet a command after `phrase.silence.ms`; where the speaker went on, the audio so ")
                .append("far decoded once more before the rest), ")
                .append("the focused pass (the same audio with only the phrases beginning with the word ")
                .append("the first pass began with, or its first two words after the wake word) and the second pass ")
                .append("for free text (the same audio without a ")
                .append("grammar). Each grammar's recognizer is made once and kept from span to span, as a Vosk ")
                .append("user would and as the pipeline keeps its command grammars' (until 2026-12-07 the baseline ")
                .append("and the pipeline made one for every span); every focused and open pass gets a new one, as ")
                .append("in the pipeline. The pipeline, this ")
                .append("baseline and the plain pass run in turns, five rounds, the pipeline and the baseline each ")
                .append("going first in turn; each time shown is the fastest of its five. The overhead compares CPU ")
                .append("time: for the pipeline, what the JVM's threads used while listening (the `cpu_ms` of ")
                .append("`listen --json`'s `end` line: the listening loop, Vosk, intent, skills, events); for the ")
                .append("baseline, the decoding thread's (Vosk decodes on the calling thread). CPU time is not immune ")
                .append("to the machine being shared: the same bare-Vosk decoding of a 257 s recording took from 5.6 ")
                .append("to 9.0 s of CPU time in eight fresh JVMs run one after another. So the overhead is the ")
                .append("median of the rounds' ratios, each pipeline run against the baseline run beside it, in ")
                .append("the same minute; the ratio of the fastest of each is the row below it. The overhead is what ")
                .append("Landline adds around Vosk: conversion, voice ")
                .append("activity, end of speech, the ring buffer and replay after a wake word, choosing and snapping ")
                .append("hypotheses, ")
                .append("intent, skill, JSON (no speech synthesis: without `--say-to` there is no audio sink). ")
                .append("Memory is the highest VmRSS of ")
                .append("the `listen` process while it ran. The machine runs other builds at the same time, so ")
                .append("timings vary from run to run.\n");
        System.out.println(md);
        if (set == HELD_OUT) {
            writeSection(report, "Speech", md.toString());
        }
    }

    static String row(String name, String value, String target) {
        return "| " + name + " | " + value + " | " + target + " |\n";
    }

    /** @return a row with one time against another and how much more it is */
    private static final Pattern GRAMMAR_PREPARED = Pattern.compile(
            "grammar of (\\d+) phrases prepared \\((\\d+) ms of CPU time\\)");

    /** @return the phrases and CPU milliseconds of the first grammar preparation the pipeline's log reports */
    static Optional<long[]> grammarPreparation(List<String> log) {
        for (String line : log) {
            Matcher m = GRAMMAR_PREPARED.matcher(line);
            if (m.find()) {
                return Optional.of(new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) });
            }
        }
        return Optional.empty();
    }

    static String againstRow(String name, double ms, double againstMs) {
        return row(name + String.format(Locale.ROOT, " (%.1f s against %.1f s)", ms / 1000, againstMs / 1000),
                String.format(Locale.ROOT, "%+.1f %%", (ms / againstMs - 1) * 100), "—");
    }

    static String pct(int[] a) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * a[0] / a[1]);
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ---- audio -------------------------------------------------------------------------------------------

    static synchronized Path next(String name) {
        return work.resolve(name + "-" + (++counter) + ".wav");
    }

    /**
     * @param voice an espeak-ng voice; British English with a variant is {@code en+f3}: espeak-ng (1.51) ignores a
     *              variant after {@code en-gb} and speaks plain en-gb, as the sets' "en-gb+..." voices did until
     *              2026-12-06
     */
    static Path say(String voice, int wpm, String text) throws Exception {
        if (voice.startsWith("en-gb+")) {
            throw new IllegalArgumentException(voice + " is plain en-gb to espeak-ng; write en+" + voice.substring(6));
        }
        Path raw = next("raw");
        run("espeak-ng", "-v", voice, "-s", Integer.toString(wpm), "-w", raw.toString(), text);
        Path wav = next("say");
        run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        return wav;
    }

    static byte[] pcm(Path wav) throws IOException {
        byte[] all = Files.readAllBytes(wav);
        return Arrays.copyOfRange(all, 44, all.length);
    }

    static byte[] silence(double seconds) {
        return new byte[(int) (seconds * 16000) * 2];
    }

    /** @return where speech ends in the clip, in ms: the end of the last 10 ms block above -40 dBFS */
    static long speechEndMs(byte[] clip) {
        ByteBuffer b = ByteBuffer.wrap(clip).order(ByteOrder.LITTLE_ENDIAN);
        long last = 0;
        for (int block = 0; (block + 1) * 320 <= clip.length; block++) {
            double sum = 0;
            for (int i = 0; i < 160; i++) {
                double s = b.getShort(block * 320 + 2 * i) / 32768.0;
                sum += s * s;
            }
            if (Math.sqrt(sum / 160) > 0.01) {
                last = (block + 1) * 10L;
            }
        }
        return last;
    }

    /** Every command of the set once per voice, speeds taking turns, with a reply where the command has one. */
    static Path commandSet(Set set, List<Command> commands, double gap) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        int i = 0;
        for (String voice : set.voices()) {
            for (Sample sample : set.commands()) {
                int speed = set.speeds()[i++ % set.speeds().length];
                all.write(silence(gap));
                byte[] clip = pcm(say(voice, speed, "computer, " + sample.text()));
                long start = all.size() / 32;
                commands.add(new Command(sample, voice, speed, start, start + speechEndMs(clip)));
                all.write(clip);
                if (sample.reply() != null) {
                    all.write(silence(1.0));
                    all.write(pcm(say(voice, speed, sample.reply())));
                }
            }
        }
        all.write(silence(gap));
        return writeWav(next("commands"), all.toByteArray());
    }

    static Path ordinarySet(Set set) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        String[] voices = set.voices();
        int[] speeds = set.speeds();
        for (int i = 0; i < ORDINARY.length; i++) {
            all.write(pcm(say(voices[i % voices.length], speeds[i % speeds.length] - 10 + (i % 3) * 10,
                    ORDINARY[i])));
            all.write(silence(0.5));
        }
        return writeWav(next("ordinary"), all.toByteArray());
    }

    static Path writeWav(Path file, byte[] pcm) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(pcm.length);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(h.array());
            out.write(pcm);
        }
        return file;
    }

    // ---- the product ---------------------------------------------------------------------------------------

    /**
     * --latency on a set tuned on: only the real-time latency, with why each command ended (the listening loop's
     * log), printed; for looking into where the time goes in a minute or two instead of a full run.
     */
    static void latencyAlone(Set set) throws Exception {
        Path home = home("latency", null);
        debugLogging(home, List.of("io.landline.asr.vosk"));
        List<Answered> answered = latency(set, home);
        List<String> ends = Files.readAllLines(home.resolve("data/log/landline.log")).stream()
                .filter(l -> l.contains("utterance ended")).toList();
        List<String> each = new ArrayList<>();
        for (Answered a : answered) {
            Command c = a.command();
            // The loop reads live audio as it arrives, so where it ended the command is also when, give or take
            // a 20 ms block: the rest of the latency is the work after the end (passes, intent, skill, JSON).
            for (String line : ends) {
                Matcher end = UTTERANCE_ENDED.matcher(line);
                if (end.find() && Long.parseLong(end.group(2)) >= c.startMs()
                        && Long.parseLong(end.group(2)) <= c.speechEndMs() + 2500) {
                    long waited = Long.parseLong(end.group(2)) - (c.speechEndMs() + 19) / 20 * 20;
                    each.add(String.format("%5d ms: ended %4d ms after the speech (%s), answered %4d ms later: "
                            + "%s %d \"%s\"", a.latencyMs(), waited, end.group(1), a.latencyMs() - waited,
                            c.voice(), c.speed(), c.sample().text()));
                    break;
                }
            }
        }
        List<Long> latencies = new ArrayList<>(answered.stream().map(Answered::latencyMs).sorted().toList());
        System.out.println(set.name() + " set: latency p50 " + percentile(latencies, 50) + " ms, p95 "
                + percentile(latencies, 95) + " ms (" + latencies.size() + " commands)\n  "
                + String.join("\n  ", each) + "\n  " + String.join("\n  ", ends));
    }

    // ---- wake-word decoys --------------------------------------------------------------------------------------

    /** Wake words said for the decoy check: "computer, " before each, in every voice and speed tuned on. */
    static final String[] DECOY_COMMANDS = { "what time is it", "set a timer for ten minutes",
        "add milk to the shopping list", "call mom", "flip a coin" };

    /** Sentences full of near misses the decoys were chosen on (the benchmark's ordinary speech has others). */
    static final String[] NEAR_MISSES = { "The company announced record profits this year.",
        "I think the commuter train was late again this morning.",
        "The company computed the numbers for the quarterly report.",
        "My neighbour came over to borrow a cup of sugar and a pair of scissors.",
        "The computation took longer than anyone expected.", "She is a competent composer.",
        "The company bought new computers for the office.",
        "They counted the votes twice to make sure the result was correct." };

    static final Pattern WAKE_CONFIDENCE = Pattern.compile(
            "\\{[^{}]*\"conf\"\\s*:\\s*([0-9.eE+-]+)[^{}]*\"word\"\\s*:\\s*\"computer\"[^{}]*\\}");

    /**
     * --wake-decoys [--decoys "WORDS"]: the wake grammar's two errors at once, on the wake-word recognizer alone
     * (Vosk on the grammar the engine makes, as its final result would judge): wake words missed and near misses
     * taken for one, in every voice and speed of the tuning and development sets. A decoy that catches near
     * misses may take real wake words too; this is how the default decoys were chosen. Written to the report's
     * "Wake-word decoys" section with the default decoys; printed only with others.
     */
    static void wakeDecoys(Path report, String decoys) throws Exception {
        Class<?> wakeGrammar = Class.forName("io.landline.asr.vosk.internal.WakeGrammar");
        Method wakeJson = wakeGrammar.getDeclaredMethod("json", List.class, String.class);
        wakeJson.setAccessible(true);
        java.lang.reflect.Field defaults = wakeGrammar.getDeclaredField("DEFAULT_DECOYS");
        defaults.setAccessible(true);
        String chosen = decoys == null ? (String) defaults.get(null) : decoys;
        String grammar = (String) wakeJson.invoke(null, List.of(new WakeWord("computer", 0.5)), chosen);
        List<String[]> voices = new ArrayList<>();
        for (Set set : java.util.stream.Stream.concat(java.util.stream.Stream.of(TUNING),
                DEVELOPMENT_SETS.stream()).toList()) {
            for (String voice : set.voices()) {
                for (int speed : set.speeds()) {
                    voices.add(new String[] { voice, Integer.toString(speed) });
                }
            }
        }
        LibVosk.setLogLevel(org.vosk.LogLevel.WARNINGS);
        java.util.concurrent.atomic.AtomicInteger said = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger missed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger sentences = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, Integer> woke = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (Model model = new Model(dist.resolve("models/vosk-model-en-us").toString())) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (String[] voice : voices) {
                done.add(pool.submit(() -> {
                    int speed = Integer.parseInt(voice[1]);
                    for (String command : DECOY_COMMANDS) {
                        byte[] clip = pcm(say(voice[0], speed, "computer, " + command));
                        // Two placements: whether Vosk hears a word swings with where its 10 ms frames fall.
                        for (double lead : new double[] { 0.03, 0.07 }) {
                            said.incrementAndGet();
                            if (!wakes(model, grammar, join(silence(lead), clip, silence(0.5)))) {
                                missed.incrementAndGet();
                            }
                        }
                    }
                    for (String sentence : NEAR_MISSES) {
                        sentences.incrementAndGet();
                        if (wakes(model, grammar, join(pcm(say(voice[0], speed, sentence)), silence(0.5)))) {
                            woke.merge(sentence, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int falseWakes = woke.values().stream().mapToInt(Integer::intValue).sum();
        String figures = String.format(Locale.ROOT, "%d voices and speeds: %d of %d wake words missed (%.1f %%), "
                + "%d of %d near-miss sentences woke it (%.1f %%)", voices.size(), missed.get(), said.get(),
                100.0 * missed.get() / said.get(), falseWakes, sentences.get(), 100.0 * falseWakes / sentences.get());
        System.out.println("decoys: " + chosen + "\n" + figures + "\n  " + woke);
        if (decoys == null) {
            writeSection(report, "Wake-word decoys", "## Wake-word decoys\n\nMeasured " + LocalDate.now() + " on "
                    + machine() + ": " + figures + ". Woken by: " + woke + ".\n\nReproduce: `scripts/bench-speech "
                    + "--wake-decoys` (`--decoys \"WORDS\"` tries other decoys and prints, without writing). "
                    + "The wake-word recognizer alone (Vosk on the grammar the engine makes for \"computer\" at "
                    + "sensitivity 0.5) hears \"computer, \" before five commands, each after 30 and 70 ms of "
                    + "silence, and eight sentences full of near misses, in every voice and speed of the tuning and "
                    + "development sets; a wake word counts when its final result has \"computer\" at the word "
                    + "confidence the engine needs (0.55). These sentences chose the decoys; the full benchmark's "
                    + "false-wake figure uses other ones.\n");
        }
    }

    static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** @return whether the wake grammar's final result for the audio has the wake word, confidently enough */
    static boolean wakes(Model model, String grammar, byte[] pcm) throws IOException {
        try (Recognizer recognizer = new Recognizer(model, 16000f, grammar)) {
            recognizer.setWords(true);
            StringBuilder results = new StringBuilder();
            for (int at = 0; at < pcm.length; at += 3200) {
                if (recognizer.acceptWaveForm(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + 3200)),
                        Math.min(3200, pcm.length - at))) {
                    results.append(recognizer.getResult());
                }
            }
            results.append(recognizer.getFinalResult());
            Matcher m = WAKE_CONFIDENCE.matcher(results);
            while (m.find()) {
                if (Double.parseDouble(m.group(1)) >= 0.55) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Logs these loggers, and the listening loop, at DEBUG in the home's data/log/landline.log. */
    static void debugLogging(Path home, List<String> debugged) throws IOException {
        Path logback = home.resolve("etc/logback.xml");
        StringBuilder loggers = new StringBuilder();
        for (String logger : debugged) {
            loggers.append("<logger name=\"").append(logger).append("\" level=\"DEBUG\"/>\n  ");
        }
        Files.writeString(logback, Files.readString(logback).replace("<root ", loggers
                + "<logger name=\"io.landline.runtime.internal.ListeningLoop\" level=\"DEBUG\"/>\n  <root "));
    }

    static Path home(String name, String asrConfig) throws Exception {
        Path home = work.resolve(name);
        run("cp", "-r", dist.toString(), home.toString());
        run("rm", "-rf", home.resolve("data").toString());
        Files.writeString(home.resolve("etc/io.landline.skill.calling.cfg"), CONTACTS);
        if (asrConfig != null) {
            Files.writeString(home.resolve("etc/io.landline.asr.vosk.cfg"), asrConfig);
        }
        return home;
    }

    static Listened listen(Path home, Path wav) throws Exception {
        Process process = new ProcessBuilder(home.resolve("bin/landline").toString(), "listen", wav.toString(),
                "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] peak = { 0 };
        Thread sampler = rssSampler(process.pid(), peak);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        process.waitFor(10, TimeUnit.MINUTES);
        sampler.interrupt();
        String end = lines.stream().filter(l -> l.startsWith("{\"type\":\"end\"")).findFirst()
                .orElseThrow(() -> new IllegalStateException("listen did not finish: " + lines));
        return new Listened(lines, peak[0], number(end, "elapsed_ms"), number(end, "cpu_ms"), number(end, "audio_ms"));
    }

    static Thread rssSampler(long pid, long[] peak) {
        Thread t = new Thread(() -> {
            Path status = Path.of("/proc/" + pid + "/status");
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            peak[0] = Math.max(peak[0], Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static final List<String> MISSES = new ArrayList<>();

    /** Below this confidence the dialog asks "did you mean …?" before acting (its {@code intent.confident}). */
    static final double CONFIDENT = 0.8;

    /**
     * @return {right, total, right but asked as "did you mean" first}: a command is right when the first transcript
     *         heard for it is followed by the expected intent with the expected slots
     */
    static int[] accuracy(List<String> lines, List<Command> commands) {
        return accuracy(lines, commands, null);
    }

    static int[] accuracy(List<String> lines, List<Command> commands, List<String> misses) {
        int right = 0;
        int asked = 0;
        List<Command> answered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("\"type\":\"transcript\"")) {
                continue;
            }
            long at = number(line, "offset_ms");
            Command command = commands.stream().filter(c -> at >= c.startMs() && at <= c.speechEndMs() + 900)
                    .findFirst().orElse(null);
            if (command == null || answered.contains(command)) {
                continue; // a reply, or speech the benchmark did not place
            }
            answered.add(command);
            String intent = i + 1 < lines.size() && lines.get(i + 1).contains("\"type\":\"intent\"")
                    ? lines.get(i + 1) : null;
            Sample sample = command.sample();
            if (intent != null && sample.intent().equals(text(intent, "name")) && slotsMatch(intent,
                    text(line, "text"), sample)) {
                right++;
                Matcher confidence = Pattern.compile("\"confidence\":([0-9.Ee-]+)").matcher(intent);
                if (confidence.find() && Double.parseDouble(confidence.group(1)) < CONFIDENT) {
                    asked++;
                }
            } else if (misses != null) {
                misses.add(command.voice() + " " + command.speed() + " \"" + sample.text() + "\": heard \""
                        + text(line, "text") + "\" -> " + (intent == null ? "no intent"
                                : text(intent, "name") + " " + intent.replaceAll(".*\"slots\":(\\{[^}]*}).*", "$1")));
            }
        }
        if (misses != null) {
            commands.stream().filter(c -> !answered.contains(c)).forEach(c -> misses.add(c.voice() + " "
                    + c.speed() + " \"" + c.sample().text() + "\": no wake word heard"));
        }
        return new int[] { right, commands.size(), asked };
    }

    static boolean slotsMatch(String intentLine, String heard, Sample sample) {
        // Only inside "slots": the intent line's own "name" is the intent's, and a slot may be called name too.
        Matcher object = Pattern.compile("\"slots\":(\\{[^}]*})").matcher(intentLine);
        String slots = object.find() ? object.group(1) : "{}";
        for (Map.Entry<String, String> slot : sample.slots().entrySet()) {
            if (slot.getKey().equals(HEARD)) {
                // "call mom's mobile" names mom too
                if (!(" " + heard + " ").replace("'s ", " ").contains(" " + slot.getValue() + " ")) {
                    return false;
                }
                continue;
            }
            Matcher m = Pattern.compile("\"" + slot.getKey() + "\":\"?([^\",}]*)").matcher(slots);
            if (!m.find() || !(slot.getValue().equals("*") || slot.getValue().equalsIgnoreCase(m.group(1)))) {
                return false;
            }
        }
        return true;
    }

    // ---- the baseline: bare Vosk on the same spans --------------------------------------------------------

    /** @return the phrases the assistant in {@code home} gives its speech recognizer: {@code bin/landline grammar} */
    static List<String> grammar(Path home) throws Exception {
        Process process = new ProcessBuilder(home.resolve("bin/landline").toString(), "grammar")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> phrases = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        process.waitFor(1, TimeUnit.MINUTES);
        return phrases;
    }

    /**
     * Times of the same audio, each the fastest of {@link #ROUNDS} runs taken in turns: the pipeline
     * ({@code listen}), bare Vosk doing the pipeline's decoding, and bare Vosk doing one plain pass per span; and
     * each round's ratio of the pipeline's CPU time to that of bare Vosk doing the same decoding beside it.
     */
    record Baseline(Timing pipeline, Timing same, Timing plain, List<Double> cpuRatios, int spans,
            int wakeFinalizations, int settlingPasses, int resumedPasses, int focusedPasses, int secondPasses,
            long decodedTwiceMs) {

        /**
         * @return the median of the rounds' ratios, less one: the same work takes up to a quarter more CPU time
         *         from one minute to the next on this shared machine, and a pipeline run and the baseline run
         *         beside it share a minute, where the fastest of each may come from different minutes
         */
        double overhead() {
            List<Double> sorted = cpuRatios.stream().sorted().toList();
            return sorted.get(sorted.size() / 2) - 1;
        }
    }

    /** The fastest wall-clock and CPU time of several runs (each minimum on its own). */
    record Timing(double wallMs, double cpuMs) {
        static final Timing NONE = new Timing(Double.MAX_VALUE, Double.MAX_VALUE);

        Timing fasterOf(double wall, double cpu) {
            return new Timing(Math.min(wallMs, wall), Math.min(cpuMs, cpu));
        }
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * The grammars the pipeline decodes with, and the phrase families of the command and follow-up grammars (the
     * Vosk bundle's {@code PhraseFamilies}) for focused passes.
     */
    record Grammars(String wake, String command, String followUp, String wakeLed, Object commandFamilies,
            Object followUpFamilies, Object wakeLedFamilies) {
        String family(Kind kind, String lead) throws ReflectiveOperationException {
            Object families = switch (kind) {
                case COMMAND, WAKE -> commandFamilies;
                case COMMAND_WITH_WAKE_WORD -> wakeLedFamilies;
                case FOLLOW_UP -> followUpFamilies;
            };
            Method grammar = families.getClass().getDeclaredMethod("grammar", String.class);
            grammar.setAccessible(true);
            return ((Optional<?>) grammar.invoke(families, lead)).map(String.class::cast).orElseThrow();
        }
    }

    /**
     * The passes after the first that the pipeline's log shows for an utterance: where the recognizer settled and
     * where it decoded the audio so far again as the speaker went on (how far in, in ms), focused passes (on which
     * first word), and the open pass for free text.
     */
    record Passes(List<Long> settledOverMs, List<Long> resumedOverMs, List<String> focusedOn, boolean open) {
        static final Passes NONE = new Passes(List.of(), List.of(), List.of(), false);
    }

    /**
     * What a span of the recording was decoded for: the wake word, a command from the wake word's end, a command
     * from the wake word's start (with the grammar that has every phrase after the wake word), a follow-up.
     */
    enum Kind {
        WAKE, COMMAND, COMMAND_WITH_WAKE_WORD, FOLLOW_UP
    }

    /**
     * A span of the recording the pipeline decoded, in ms, what for, and the passes after the first; for a wake
     * span, how far into it the wake-word stream finalized to confirm a candidate.
     */
    record Span(long fromMs, long toMs, Kind kind, Passes passes, List<Long> finalizedAfterMs) {
        Span(long fromMs, long toMs, Kind kind, Passes passes) {
            this(fromMs, toMs, kind, passes, List.of());
        }
    }

    static final Pattern FOCUSED_PASS =
            Pattern.compile("focused pass over \\d+ ms on the \\d+ phrases beginning '(.*)':");
    static final Pattern SETTLED = Pattern.compile("settled over (\\d+) ms:");
    static final Pattern RESUMED = Pattern.compile("resumed after settling: decoding (\\d+) ms again");
    /** The listening loop's log line saying why and where (ms of the stream) a command ended. */
    static final Pattern UTTERANCE_ENDED = Pattern.compile("utterance ended \\((\\w+)\\) at (\\d+) ms:");
    static final Pattern WAKE_FINALIZED = Pattern.compile("finalizing to confirm a wake word after (\\d+) ms");

    static final int ROUNDS = 5;

    /** The pipeline's log line for a wake word, with where in the audio it was detected. */
    static final Pattern WAKE_DETECTED = Pattern.compile(
            "wake word '.*' ended at (\\d+) ms, detected at (\\d+) ms; the command is decoded from (\\d+) ms");

    /**
     * A wake-word stream as the pipeline's log tells it: where the wake word ended, where it was detected (the
     * stream decodes for the wake word until then, and the command from where the log says, the wake word's start
     * when the engine tells it, so the audio in between is decoded twice, by the pipeline and so by the baseline),
     * and how far into its span it finalized to confirm a candidate before.
     */
    record WakeLog(long endedAtMs, long detectedAtMs, long commandFromMs, List<Long> finalizedAfterMs) {
        boolean withWakeWord() {
            return commandFromMs < endedAtMs;
        }
    }

    static Baseline bareVosk(Path home, Path wav, List<String> pipelineLines, List<String> log) throws Exception {
        LibVosk.vosk_set_log_level(-2);
        byte[] pcm = pcm(wav);
        Class<?> wakeGrammar = Class.forName("io.landline.asr.vosk.internal.WakeGrammar");
        Method wakeJson = wakeGrammar.getDeclaredMethod("json", List.class, String.class);
        wakeJson.setAccessible(true);
        java.lang.reflect.Field decoys = wakeGrammar.getDeclaredField("DEFAULT_DECOYS");
        decoys.setAccessible(true);
        String wake = (String) wakeJson.invoke(null, List.of(new WakeWord("computer", 0.5)), decoys.get(null));
        Class<?> voskJson = Class.forName("io.landline.asr.vosk.internal.VoskJson");
        Method grammarJson = voskJson.getDeclaredMethod("grammar", java.util.Collection.class);
        grammarJson.setAccessible(true);
        List<String> phrases = grammar(home);
        String command = (String) grammarJson.invoke(null, phrases);
        List<String> afterWake = new ArrayList<>(List.of("computer"));
        phrases.forEach(p -> afterWake.add("computer " + p));
        List<String> withWake = new ArrayList<>(phrases);
        withWake.addAll(afterWake);
        java.lang.reflect.Constructor<?> families = Class.forName("io.landline.asr.vosk.internal.PhraseFamilies")
                .getDeclaredConstructor(java.util.Collection.class);
        families.setAccessible(true);
        Grammars grammars = new Grammars(wake, command, (String) grammarJson.invoke(null, withWake),
                (String) grammarJson.invoke(null, afterWake), families.newInstance(phrases),
                families.newInstance(withWake), families.newInstance(afterWake));

        // The passes after the first, from the pipeline's log: each utterance's passes come before the line that
        // says where it ended, which is where its transcript is.
        Map<Long, Passes> passes = new java.util.HashMap<>();
        List<Long> settledOver = new ArrayList<>();
        List<Long> resumedOver = new ArrayList<>();
        List<String> focusedOn = new ArrayList<>();
        boolean open = false;
        // The wake-word streams: a stream's finalizing lines come before the line with its detection, or, for the
        // last, at the end.
        List<WakeLog> wakeLogs = new ArrayList<>();
        List<Long> finalizedNow = new ArrayList<>();
        for (String line : log) {
            Matcher settling = SETTLED.matcher(line);
            Matcher resumed = RESUMED.matcher(line);
            Matcher focused = FOCUSED_PASS.matcher(line);
            Matcher ended = UTTERANCE_ENDED.matcher(line);
            Matcher confirming = WAKE_FINALIZED.matcher(line);
            Matcher detected = WAKE_DETECTED.matcher(line);
            if (confirming.find()) {
                finalizedNow.add(Long.parseLong(confirming.group(1)));
            } else if (detected.find()) {
                wakeLogs.add(new WakeLog(Long.parseLong(detected.group(1)), Long.parseLong(detected.group(2)),
                        Long.parseLong(detected.group(3)), List.copyOf(finalizedNow)));
                finalizedNow.clear();
            } else if (settling.find()) {
                settledOver.add(Long.parseLong(settling.group(1)));
            } else if (resumed.find()) {
                resumedOver.add(Long.parseLong(resumed.group(1)));
            } else if (focused.find()) {
                focusedOn.add(focused.group(1));
            } else if (line.contains("second pass over ")) {
                open = true;
            } else if (ended.find()) {
                passes.put(Long.parseLong(ended.group(2)), new Passes(List.copyOf(settledOver),
                        List.copyOf(resumedOver), List.copyOf(focusedOn), open));
                settledOver.clear();
                resumedOver.clear();
                focusedOn.clear();
                open = false;
            }
        }
        List<Span> spans = new ArrayList<>();
        long previousEnd = 0;
        WakeLog woken = null;
        int wakes = 0;
        long wakeLines = pipelineLines.stream().filter(l -> l.contains("\"type\":\"wake\"")).count();
        if (wakeLines != wakeLogs.size()) {
            throw new IllegalStateException("the pipeline's log has " + wakeLogs.size() + " wake detections for "
                    + wakeLines + " wake words");
        }
        for (String line : pipelineLines) {
            if (line.contains("\"type\":\"wake\"")) {
                woken = wakeLogs.get(wakes++);
                spans.add(new Span(previousEnd, woken.detectedAtMs(), Kind.WAKE, Passes.NONE,
                        woken.finalizedAfterMs()));
            } else if (line.contains("\"type\":\"transcript\"")) {
                long end = number(line, "offset_ms");
                Passes after = passes.getOrDefault(end, Passes.NONE);
                spans.add(woken == null ? new Span(previousEnd, end, Kind.FOLLOW_UP, after)
                        : new Span(woken.commandFromMs(), end,
                                woken.withWakeWord() ? Kind.COMMAND_WITH_WAKE_WORD : Kind.COMMAND, after));
                previousEnd = end;
                woken = null;
            }
        }
        spans.add(new Span(previousEnd, pcm.length / 32, Kind.WAKE, Passes.NONE, finalizedNow));
        int wakeFinalizations = spans.stream().mapToInt(span -> span.finalizedAfterMs().size()).sum();
        int settlingPasses = spans.stream().mapToInt(span -> span.passes().settledOverMs().size()).sum();
        int resumedPasses = spans.stream().mapToInt(span -> span.passes().resumedOverMs().size()).sum();
        int focusedPasses = spans.stream().mapToInt(span -> span.passes().focusedOn().size()).sum();
        int secondPasses = (int) spans.stream().filter(span -> span.passes().open()).count();
        long decodedTwice = 0;
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i - 1).kind() == Kind.WAKE && spans.get(i).kind() != Kind.FOLLOW_UP) {
                decodedTwice += Math.max(0, spans.get(i - 1).toMs() - spans.get(i).fromMs());
            }
        }

        try (Model model = new Model(dist.resolve("models/vosk-model-en-us").toString())) {
            decode(model, grammars, pcm, spans.subList(0, 4), true); // warm up
            Timing pipeline = Timing.NONE;
            Timing same = Timing.NONE;
            Timing plain = Timing.NONE;
            List<Double> cpuRatios = new ArrayList<>();
            for (int run = 0; run < ROUNDS; run++) {
                // Each goes first in turn, so neither always meets the start of a busy spell.
                Listened again = run % 2 == 0 ? listen(home, wav) : null;
                Timing sameNow = timed(() -> decode(model, grammars, pcm, spans, true));
                if (again == null) {
                    again = listen(home, wav);
                }
                pipeline = pipeline.fasterOf(again.elapsedMs(), again.cpuMs());
                same = same.fasterOf(sameNow.wallMs(), sameNow.cpuMs());
                cpuRatios.add(again.cpuMs() / sameNow.cpuMs());
                Timing plainNow = timed(() -> decode(model, grammars, pcm, spans, false));
                plain = plain.fasterOf(plainNow.wallMs(), plainNow.cpuMs());
            }
            return new Baseline(pipeline, same, plain, cpuRatios, spans.size(), wakeFinalizations, settlingPasses,
                    resumedPasses, focusedPasses, secondPasses, decodedTwice);
        }
    }

    /** Decoding in this JVM, to be timed. */
    interface Decoding {
        void run() throws IOException, ReflectiveOperationException;
    }

    /** @return the wall-clock and CPU time the decoding took on this thread */
    static Timing timed(Decoding decoding) throws IOException, ReflectiveOperationException {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        decoding.run();
        return new Timing((System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /**
     * @param asPipeline as the pipeline decodes: follow-ups with the wake word in the grammar, ten hypotheses for
     *                   commands, the focused and open second passes; otherwise one plain pass with the command
     *                   grammar
     */
    static void decode(Model model, Grammars grammars, byte[] pcm, List<Span> spans, boolean asPipeline)
            throws IOException, ReflectiveOperationException {
        // One recognizer per grammar, kept from span to span as a Vosk user would (and as the pipeline keeps its
        // command grammars'): each span ends with a final result, after which Vosk starts the next afresh.
        Map<String, Recognizer> recognizers = new IdentityHashMap<>();
        try {
            decode(model, grammars, pcm, spans, asPipeline, recognizers);
        } finally {
            recognizers.values().forEach(Recognizer::close);
        }
    }

    private static void decode(Model model, Grammars grammars, byte[] pcm, List<Span> spans, boolean asPipeline,
            Map<String, Recognizer> recognizers) throws IOException, ReflectiveOperationException {
        for (Span span : spans) {
            int from = (int) (span.fromMs() * 32);
            int to = (int) Math.min(pcm.length, span.toMs() * 32);
            String grammar = switch (span.kind()) {
                case WAKE -> grammars.wake();
                case COMMAND -> grammars.command();
                case COMMAND_WITH_WAKE_WORD -> asPipeline ? grammars.wakeLed() : grammars.command();
                case FOLLOW_UP -> asPipeline ? grammars.followUp() : grammars.command();
            };
            Recognizer recognizer = recognizers.get(grammar);
            if (recognizer == null) {
                recognizer = new Recognizer(model, 16000f, grammar);
                recognizer.setWords(true);
                if (asPipeline && span.kind() != Kind.WAKE) {
                    recognizer.setMaxAlternatives(10);
                }
                recognizers.put(grammar, recognizer);
            }
            java.util.Set<Long> finalizing = asPipeline ? java.util.Set.copyOf(span.finalizedAfterMs())
                    : java.util.Set.of();
            int at = from;
            // Where the pipeline's recognizer settled: its final result there, and where the speaker went on,
            // the utterance so far once more before the rest. When the speaker did not go on, the pipeline fed
            // nothing more (the silence after a settling is held back) and took the settled result.
            boolean settledLast = false;
            for (long overMs : asPipeline ? span.passes().settledOverMs() : List.<Long>of()) {
                int until = (int) Math.min(to, from + overMs * 32);
                at = feed(recognizer, pcm, at, until, from, finalizing);
                recognizer.getFinalResult();
                settledLast = !span.passes().resumedOverMs().contains(overMs);
                if (!settledLast) {
                    byte[] sofar = Arrays.copyOfRange(pcm, from, Math.min(until, from + 20 * 32_000));
                    recognizer.acceptWaveForm(sofar, sofar.length);
                }
            }
            if (!settledLast) {
                feed(recognizer, pcm, at, to, from, finalizing);
                recognizer.getFinalResult();
            }
            byte[] kept = Arrays.copyOfRange(pcm, from, Math.min(to, from + 20 * 32_000));
            for (String first : asPipeline ? span.passes().focusedOn() : List.<String>of()) {
                try (Recognizer focused = new Recognizer(model, 16000f, grammars.family(span.kind(), first))) {
                    focused.setWords(true);
                    focused.setMaxAlternatives(10);
                    focused.acceptWaveForm(kept, kept.length);
                    focused.getFinalResult();
                }
            }
            if (asPipeline && span.passes().open()) {
                try (Recognizer open = new Recognizer(model, 16000f)) {
                    open.setWords(true);
                    open.acceptWaveForm(kept, kept.length);
                    open.getFinalResult();
                }
            }
        }
    }

    /**
     * Feeds audio from {@code at} to {@code until} in 100 ms chunks, reading results as the pipeline does, and
     * finalizing where the span's wake-word stream did.
     *
     * @return where feeding stopped
     */
    static int feed(Recognizer recognizer, byte[] pcm, int at, int until, int from, java.util.Set<Long> finalizing) {
        if (at >= until) {
            return at;
        }
        byte[] chunk = new byte[3200];
        for (; at < until; at += chunk.length) {
            int n = Math.min(chunk.length, until - at);
            System.arraycopy(pcm, at, chunk, 0, n);
            if (recognizer.acceptWaveForm(chunk, n)) {
                recognizer.getResult();
            } else {
                recognizer.getPartialResult();
                if (finalizing.contains((at + n - from) / 32L)) {
                    recognizer.getFinalResult();
                }
            }
        }
        return until;
    }

    // ---- latency: real-time feeding --------------------------------------------------------------------------

    /** A command answered while audio was fed in real time, and how long after its speech ended. */
    record Answered(Command command, long latencyMs) {
    }

    static List<Answered> latency(Set set, Path home) throws Exception {
        List<Command> commands = new ArrayList<>();
        List<Sample> withoutReply = set.commands().stream().filter(c -> c.reply() == null).toList();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(silence(8)); // the runtime starts meanwhile; the feeder catches up before the first command
        int i = 0;
        for (String voice : set.voices()) {
            for (int k = 0; k < 5; k++) {
                Sample sample = withoutReply.get((k * 3 + i) % withoutReply.size());
                int speed = set.speeds()[i++ % set.speeds().length];
                byte[] clip = pcm(say(voice, speed, "computer, " + sample.text()));
                long start = all.size() / 32;
                commands.add(new Command(sample, voice, speed, start, start + speechEndMs(clip)));
                all.write(clip);
                all.write(silence(2.5));
            }
        }
        byte[] pcm = all.toByteArray();
        Process process = new ProcessBuilder(home.resolve("bin/landline").toString(), "listen", "-", "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<long[]> intents = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                long lastTranscript = -1;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.contains("\"type\":\"transcript\"")) {
                        lastTranscript = number(line, "offset_ms");
                    } else if (line.contains("\"type\":\"intent\"")) {
                        intents.add(new long[] { System.nanoTime(), lastTranscript });
                    }
                }
            } catch (IOException e) {
                // ended
            }
        });
        reader.start();
        long t0 = System.nanoTime();
        try (OutputStream out = process.getOutputStream()) {
            int block = 640;
            for (int at = 0; at < pcm.length; at += block) {
                long due = t0 + (long) ((at + block) / 32.0 * 1_000_000);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                out.write(pcm, at, Math.min(block, pcm.length - at));
                out.flush();
            }
        }
        process.waitFor(2, TimeUnit.MINUTES);
        reader.join(10_000);
        List<Answered> answered = new ArrayList<>();
        List<String> each = new ArrayList<>();
        for (long[] intent : intents) {
            Command command = commands.stream()
                    .filter(c -> intent[1] >= c.startMs() && intent[1] <= c.speechEndMs() + 2000).findFirst()
                    .orElse(null);
            if (command != null) {
                // The block holding the last spoken sample was written when the audio up to its end was due.
                long spoken = t0 + ((command.speechEndMs() + 19) / 20 * 20) * 1_000_000L;
                answered.add(new Answered(command, (intent[0] - spoken) / 1_000_000));
                each.add(answered.get(answered.size() - 1).latencyMs() + " ms " + command.voice() + " "
                        + command.speed() + " \"" + command.sample().text() + "\"");
            }
        }
        // Which commands took how long, for looking into the slow ones; printed, never written to the report.
        System.out.println("latency: " + answered.size() + " of " + commands.size() + " commands answered:\n  "
                + String.join("\n  ", each));
        return answered;
    }

    // ---- misc ------------------------------------------------------------------------------------------------

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?");
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores (shared with other builds), Java "
                + System.getProperty("java.version");
    }

    /** Writes a report section ("## TITLE" up to the next section), in place of the one there was. */
    static void writeSection(Path report, String title, String section) throws IOException {
        String text = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        Matcher m = Pattern.compile("(?ms)^## " + Pattern.quote(title) + "\\n.*?(?=^## |\\z)").matcher(text);
        String updated = m.find() ? text.substring(0, m.start()) + section + "\n" + text.substring(m.end())
                : text + (text.endsWith("\n\n") ? "" : "\n") + section;
        Files.createDirectories(report.getParent());
        Files.writeString(report, updated);
    }

    static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
