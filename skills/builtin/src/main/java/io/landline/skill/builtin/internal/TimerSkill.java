package io.landline.skill.builtin.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.event.Topics;
import io.landline.api.intent.SlotType;
import io.landline.api.skill.DeclaredSkill;
import io.landline.api.skill.Response;
import io.landline.api.skill.SkillBuilder;
import io.landline.api.skill.SkillRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Named timers and alarms: "set a pasta timer for eight minutes", "how long is left on the pasta timer",
 * "cancel the pasta timer", "wake me up at seven". Kept in {@code data/timers/timers.properties} so they survive
 * a restart, and announced on the site that set them when due.
 */
@Component(service = io.landline.api.skill.Skill.class)
public class TimerSkill extends DeclaredSkill {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final SlotType DURATION = SlotType.of(SlotType.Kind.DURATION);
    private static final SlotType TIME_OF_DAY = SlotType.of(SlotType.Kind.TIME);

    private final Timers timers;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DialogService dialog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** @param context to find {@code landline.home} */
    @Activate
    public TimerSkill(BundleContext context) {
        this(Clock.systemDefaultZone(), Path.of(home(context), "data", "timers", "timers.properties"), null);
    }

    TimerSkill(Clock clock, Path file, Timers.Announcer announcer) {
        this(clock, new Timers[1], file, announcer);
    }

    private TimerSkill(Clock clock, Timers[] holder, Path file, Timers.Announcer announcer) {
        super(declare(holder, clock));
        this.clock = clock;
        this.timers = new Timers(clock, file, announcer != null ? announcer : this::announce);
        holder[0] = timers;
        // Automations' timer trigger listens for this.
        timers.onDue(entry -> {
            EventAdmin admin = events;
            if (admin != null) {
                admin.postEvent(new Event(Topics.TIMER_DONE, Map.of(Topics.SITE, entry.site(), Topics.NAME,
                        entry.label())));
            }
        });
        timers.start();
    }

    private static String home(BundleContext context) {
        String home = context.getProperty("landline.home");
        return home == null ? "." : home;
    }

    @Deactivate
    void deactivate() {
        timers.stop();
    }

    private boolean announce(String site, String text) {
        DialogService current = dialog;
        if (current == null) {
            return false;
        }
        current.say(site, text);
        return true;
    }

    /**
     * What people name their timers. Any other name is accepted too; these are examples, which a speech recognizer
     * in grammar mode hears more reliably than other words.
     */
    static final SlotType TIMER_NAME = SlotType.text(List.of("tea", "coffee", "pasta", "rice", "egg", "eggs", "pizza",
            "bread", "cake", "cookies", "oven", "laundry", "washing", "dryer", "potatoes", "chicken", "roast", "soup",
            "steak", "fish", "vegetables", "popcorn", "noodles", "noodle", "oatmeal", "bath", "nap", "homework", "workout",
            "exercise", "break", "meeting", "parking", "meditation", "reading", "practice", "cleaning", "dinner",
            "lunch", "breakfast", "medicine", "bedtime", "kitchen", "potato", "cookie", "muffin", "muffins", "burger",
            "pie", "lasagna", "turkey", "burgers", "toast", "porridge", "kettle", "school", "yoga"));

    private static SkillBuilder declare(Timers[] timers, Clock clock) {
        return SkillBuilder.skill("timer", "Timers and alarms")
                .intent("SetTimer")
                // Named timers with a length are the grammar's largest expansion (names times lengths), so only
                // "set" and "start" have them; the other ways to say them come without a name or without a length,
                // and a recognizer that learns which word follows which (Vosk does) may still hear them. Without
                // its own sentence "start a potato timer for eighteen minutes" was heard as "start a timer for ...".
                .sentences("set a {name} timer for {duration}", "start a {name} timer for {duration}",
                        "[start | set | make | put on] [a | the] timer for {duration}",
                        "[start | set | make] [a | an] {duration} timer", "(start | set) a timer for (the | my) {name}",
                        "(start | set | put on | make) [a | an] {name} timer",
                        "(i need | give me) a timer for {duration}", "(put | stick) a timer on for {duration}",
                        "[set] timer [for] {duration}",
                        "start a countdown for {duration}", "time {duration}",
                        "(i want | i'd like | set me | can i have) a timer for {duration}", "time me for {duration}",
                        "i need {duration} on a timer", "put {duration} on the timer",
                        "start a {duration} countdown", "count down from {duration}", "ping me in {duration}",
                        "can you start a timer for {duration}")
                .slot("name", TIMER_NAME)
                .required("duration", DURATION, "For how long?")
                .handle(r -> setTimer(timers[0], r))
                .intent("TimeLeft")
                .sentences("how (long | much time) is left on (the | my) {name} timer",
                        "how (long | much time) is left [on (the | my) timer]",
                        "how (long's | much time's) left [on (the | my) timer]",
                        "how many (minutes | seconds) are left [on (the | my) timer]",
                        "how long until (the | my) {name} timer [goes off | is done]",
                        "how long (until | till) (the | my) timer (goes off | is done | ends)",
                        "how much longer [on the timer]", "how long (left | to go) on (the | my) timer",
                        "how (long | much time) (have i | do i have) got left [on (the | my) timer]",
                        "how much time do i have left [on (the | my) timer]",
                        "(what's | what is) left on (the | my) timer",
                        "how's (the | my) timer (doing | going)", "(what's | where's) the timer at",
                        "when (will | does) the timer go off", "is the timer nearly done", "check (the | my) timer",
                        "how much time remains [on the timer]", "time (left | remaining) [on the timer]",
                        "is (the | my) timer (nearly | almost) (done | up | finished)",
                        "is (the | my) timer (done | up) yet", "is it time yet",
                        "when (will | does) (the | my) timer (go off | end | be done | finish)",
                        "when's (the | my) timer (going to go off | going to finish | up | done)",
                        "how much longer (have i got | is left) [on (the | my | that) timer]",
                        "how much longer for the {name}",
                        "how (long | many minutes) (has | have) (the | my) timer got [left]",
                        "how long's left on (the | my) {name} timer", "how long until (the | my) timer's done",
                        "how (far along | close) is the timer", "how many minutes [are] left on the timer",
                        "[tell me] how much time is left on the timer", "what's the time left on the timer",
                        "what's the countdown at", "where are we with the timer", "give me an update on the timer",
                        "how long have i got before the timer goes off")
                .slot("name", TIMER_NAME)
                .handle(r -> timeLeft(timers[0], r))
                .intent("CancelTimer")
                .sentences("(cancel | stop | delete | turn off) (the | my) {name} (timer | alarm)",
                        "(cancel | stop | delete | remove | end | kill | scrap) [the | my | that] (timer | alarm)",
                        "(turn off | switch off | get rid of | forget) (the | my | that) (timer | alarm)",
                        "(turn | switch) (the | my) (timer | alarm) off", "never mind the timer",
                        "i don't need the timer any more",
                        "(shut off | abort | quit | dismiss | clear | drop | ditch | take off) (the | my | that) timer",
                        "(stop | cancel | turn off) the countdown", "(turn | shut) that timer off",
                        "stop (timing | counting down)", "i don't need (that | the | my) timer [any more]",
                        "(i want to | let's | you can) (cancel | stop) (the | my) timer [now]",
                        "cancel the timer for the {name}", "cancel the timer i (just | have) set",
                        "forget about the timer", "no more timer")
                .slot("name", TIMER_NAME)
                .handle(r -> cancel(timers[0], r))
                .intent("SetAlarm")
                .sentences("set an alarm (for | at) {time}", "wake me [up] at {time}", "set an alarm",
                        "wake me up", "set (my | the) alarm for {time}", "alarm for {time}",
                        "put an alarm on for {time}", "(i need | i want) an alarm for {time}",
                        "wake me up at {time} tomorrow", "can you get me up at {time}")
                .required("time", TIME_OF_DAY, "For what time?")
                .handle(r -> setAlarm(timers[0], clock, r))
                .intent("ListTimers")
                // The plain sentence first, for the built-in exact-match engine.
                .sentences("what alarms are set",
                        "(what | which) (timers | alarms) are (set | running | on | going) [right now | at the moment]",
                        "(list | show | read | tell) [me] [all] [my] (timers | alarms)",
                        "(what | which) (timers | alarms) (do i have | have i got) [set | running | going | on]",
                        "(do i have | have i got) any (timers | alarms) [set | running | going | on]",
                        "(are there | is there) any (timers | alarms) [set | running]",
                        "(are there | do i have | have i got) any timers (or | and) alarms [set | running]",
                        "how many (timers | alarms) (do i have | have i got | are running) [set | running | going]",
                        "read out my (timers | alarms)", "check my (timers | alarms)", "any (timers | alarms) running",
                        "what (timers | alarms) have i set", "did i set an alarm", "is my alarm set",
                        "what timers and alarms do i have",
                        "(are | is) there (any timers | a timer) (going | running | on | set)",
                        "are any timers (set | running | going | on)", "is a timer (running | on | going)",
                        "(do i have | have i got) a timer (running | going | set)",
                        "(what | which) timers (are active | did i set) [right now]",
                        "(tell me | let me know) (what | which) timers (are running | are going | i have)",
                        "(check | look) for timers", "go through my timers", "(did | have) i set a timer",
                        "what are my timers", "what timers are there", "give me my timers", "list running timers")
                .handle(r -> list(timers[0]));
    }

    private static String nameOf(SkillRequest request) {
        return request.slot("name", String.class).map(String::strip).filter(s -> !s.isEmpty()).orElse("");
    }

    private static String label(String name) {
        return name.isEmpty() ? "timer" : name + " timer";
    }

    private static Response setTimer(Timers timers, SkillRequest request) {
        Duration duration = request.slot("duration", Duration.class).orElseThrow();
        String name = nameOf(request);
        timers.set(Timers.Kind.TIMER, label(name), timers.now().plus(duration), request.site());
        String label = label(name);
        return Response.say(Character.toUpperCase(label.charAt(0)) + label.substring(1) + " set for "
                + Timers.say(duration) + ".");
    }

    private static Response timeLeft(Timers timers, SkillRequest request) {
        String name = nameOf(request);
        Optional<Timers.Entry> entry = name.isEmpty() ? timers.soonest(Timers.Kind.TIMER)
                : timers.get(label(name));
        if (entry.isEmpty()) {
            return Response.say(name.isEmpty() ? "No timer is running." : "There is no " + label(name) + ".");
        }
        Duration left = Duration.between(timers.now(), entry.get().due());
        return Response.say("There " + (left.toSeconds() == 1 ? "is " : "are ") + Timers.say(left)
                + " left on the " + entry.get().label() + ".");
    }

    private static Response cancel(Timers timers, SkillRequest request) {
        String name = nameOf(request);
        Optional<Timers.Entry> entry = name.isEmpty() ? timers.soonest(null) : timers.find(name);
        if (entry.isEmpty()) {
            return Response.say(name.isEmpty() ? "There is nothing to cancel." : "There is no " + name + " timer.");
        }
        timers.cancel(entry.get().label());
        return Response.say("Cancelled the " + entry.get().label() + ".");
    }

    private static Response setAlarm(Timers timers, Clock clock, SkillRequest request) {
        LocalTime time = request.slot("time", LocalTime.class).orElseThrow();
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime due = now.with(time).withSecond(0).withNano(0);
        if (!due.isAfter(now)) {
            due = due.plusDays(1);
        }
        String label = "alarm for " + TIME.format(time);
        timers.set(Timers.Kind.ALARM, label, due.toInstant(), request.site());
        return Response.say("Alarm set for " + TIME.format(time)
                + (due.toLocalDate().equals(now.toLocalDate()) ? " today." : " tomorrow."));
    }

    private static Response list(Timers timers) {
        var all = timers.all();
        if (all.isEmpty()) {
            return Response.say("No timers or alarms are set.");
        }
        Instant now = timers.now();
        StringBuilder out = new StringBuilder();
        for (Timers.Entry entry : all) {
            out.append(out.isEmpty() ? "" : "; ").append(entry.kind() == Timers.Kind.ALARM ? entry.label()
                    : entry.label() + ": " + Timers.say(Duration.between(now, entry.due())) + " left");
        }
        return Response.say(Character.toUpperCase(out.charAt(0)) + out.substring(1) + ".");
    }
}
