package io.landline.skill.example.internal;

import io.landline.api.intent.SlotType;
import io.landline.api.skill.DeclaredSkill;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/**
 * The example of {@code docs/writing-skills.md}: a greeting, a required date slot the dialog asks for, and an
 * intent that needs a yes first.
 */
@Component(service = Skill.class)
public class CountdownSkill extends DeclaredSkill {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    /** Declares the intents. */
    public CountdownSkill() {
        this(Clock.systemDefaultZone());
    }

    CountdownSkill(Clock clock) {
        super(SkillBuilder.skill("countdown", "Countdown")
                .intent("DaysUntil")
                    .sentences("how many days (until | till | to) {date}", "count down to {date}", "start a countdown")
                    .required("date", SlotType.Kind.DATE, "To which date?")
                    .handle(request -> {
                        LocalDate date = request.slot("date", LocalDate.class).orElseThrow();
                        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), date);
                        return Response.say(days == 0 ? "That's today!"
                                : days == 1 ? "One day until " + DAY.format(date) + "."
                                : days + " days until " + DAY.format(date) + ".");
                    })
                .intent("Greet")
                    .sentences("(hello | hi) [there]", "good (morning | afternoon | evening)")
                    .handle(request -> Response.say("Hello! Ask me how many days until a date."))
                .intent("Celebrate")
                    .sentences("start the party", "celebrate")
                    .confirm(request -> "Really start the party?")
                    .handle(request -> Response.say("Party started!")));
    }
}
