package io.landline.skill.builtin.internal;

import io.landline.api.intent.IntentDefinition;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/** Tells the time, the date and the day of the week, in the machine's time zone. */
@Component
public class ClockSkill implements Skill {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.US);

    /** How people ask a question of the assistant without asking it outright: "any idea what time it is". */
    private static final String ASKING = "(any idea | let me know | tell (me | us) | i wonder | mind telling me"
            + " | can you check | i need to know | i'd like to know | do you know | can you tell me)";

    /** Each intent's first sentences are plain, so the built-in exact-match engine understands them too. */
    private static final List<IntentDefinition> INTENTS = List.of(
            IntentDefinition.of("GetTime", "what time is it", "what's the time", "what is the time",
                    "tell me the time", "what time is it [right now | at the moment]",
                    "(what's | what is) the [current] time [right now | at the moment]",
                    "[can you] (tell | give) me the time", "tell me what time it is", "what time's it",
                    "do you (know | have) the time", "do you know what time it is", "(have you | you) got the time",
                    "what time (do you make it | have you got)", "how late is it", "what does the clock say",
                    "can i have the time", "i need the time", "[can you | could you] check the time [for me]",
                    "[current] time", "time check",
                    ASKING + " what time it is", "(any idea | i need to know | i'd like to know) the time",
                    "(give | tell) us the time", "(could | can) i get the time", "[quick] what's the time [quick]",
                    "what time (have we got | do we have | are we at | would it be [now])",
                    "what's the (clock saying | time on the clock)", "how late is it getting",
                    "what hour is it", "can you read me the time"),
            IntentDefinition.of("GetDate", "what's the date", "what is the date", "what's the date today",
                    "(what's | what is) the [current | full] date [today]", "(what's | what is) today's date",
                    "[today's] date", "(what | which) date is it [today]", "what date's today",
                    "[can you] (tell | give) me [the | today's] date", "do you know (the date | what the date is)",
                    "what day of the month is it", "(what | which) number is it today", "i need today's date",
                    "remind me what the date is", ASKING + " what (the date is | date it is) [today]",
                    "(any idea | i need to know | i'd like to know | let me know) [what] (the | today's) date",
                    "(give | tell) us [the | today's] date", "(could | can) i get [the | today's] date",
                    "[quick] what's the date [quick]", "what date (are we on | have we got | would it be) [today]",
                    "what's the (exact | calendar) date [today]", "what's the date on the calendar [today]",
                    "(what | which) day of the month (are we on | have we got | is (it | today))",
                    "what month and day is it", "what's the day and month [today]", "what's the date of today",
                    "what's the date again"),
            IntentDefinition.of("GetDay", "what day is it", "(what | which) day is it [today]", "what day is today",
                    "what day's today", "today is what day", "what day of the week is it [today]",
                    "what day of the week is today",
                    "(what | which) day (of the week are we | are we) (on | in) [today]",
                    "(what's | what is) (the | today's) day [today]", "(what | which) weekday is it [today]",
                    "[can you] tell me (the day | what day it is [today])", "do you know what day it is",
                    "remind me what day it is", "day of the week", ASKING + " what day it is [today]",
                    "(any idea | i need to know | i'd like to know) what day it is", "[quick] what day is it [quick]",
                    "(give | tell) (me | us) the day [of the week]", "(could | can) i get the day [of the week]",
                    "what day (have we got | would it be | are we at) [today]", "what's today called",
                    "(what's | what is) the day of the week [today]", "which day of the week is today",
                    "what weekday is today", "what day of the week (would today be | do we have | have we got)",
                    "what's the day again"));

    private final Clock clock;

    /** Uses the system clock. */
    public ClockSkill() {
        this(Clock.systemDefaultZone());
    }

    ClockSkill(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "clock";
    }

    @Override
    public String name() {
        return "Clock";
    }

    @Override
    public List<IntentDefinition> intents() {
        return INTENTS;
    }

    @Override
    public Response handle(SkillRequest request) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return switch (request.intent().name()) {
            case "GetTime" -> Response.say("It's " + TIME.format(now) + ".");
            case "GetDate" -> Response.say("Today is " + DATE.format(now) + ".");
            case "GetDay" -> Response.say("It's " + DAY.format(now) + ".");
            default -> Response.say("I don't know how to do that with the clock.");
        };
    }
}
