package io.landline.runtime.internal;

import io.landline.api.intent.Intent;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialog logic, one session per site: a pending confirmation, slot question or follow-up, each with a
 * deadline, and yes / no / cancel handling. Utterances of one site are handled one at a time; sites are
 * independent. Free of OSGi so it can be tested with plain fakes.
 */
final class Dialogs {

    /** How the dialog understands text; backed by the active intent engine. */
    interface Understanding {
        /** @return the intent in the text, if any */
        Optional<Intent> recognize(String site, String text);

        /** @return the text as a value for a slot of the intent */
        SlotValue parseSlot(Intent intent, String slot, String text);
    }

    /** Finds skills and the fallback. */
    interface Skills {
        Optional<Skill> skill(String id);

        Response notUnderstood(String text, String site);
    }

    /** How long a site waits for a reply, and how sure the engine must be. */
    record Timing(Duration followUp, Duration confirmation, double confident) {
    }

    /** What a site is waiting for. */
    private sealed interface Pending {
        Instant deadline();
    }

    private record FollowUp(Instant deadline) implements Pending {
    }

    /** @param asked how often the question has been asked, counting the first time */
    private record SlotAnswer(Intent intent, String slot, int asked, Instant deadline) implements Pending {
    }

    /** A slot question is asked at most this often; then the dialog gives up rather than loop. */
    static final int MAX_SLOT_QUESTIONS = 2;

    private record Confirmation(Intent intent, String question, Instant deadline) implements Pending {
    }

    private record DidYouMean(Intent intent, Instant deadline) implements Pending {
    }

    private static final class Session {
        Pending pending;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Understanding understanding;
    private final Skills skills;
    private final Clock clock;
    private volatile Timing timing;

    Dialogs(Understanding understanding, Skills skills, Clock clock, Timing timing) {
        this.understanding = understanding;
        this.skills = skills;
        this.clock = clock;
        this.timing = timing;
    }

    /** @return the least confidence at which a command is acted on without asking */
    double confident() {
        return timing.confident();
    }

    void setTiming(Timing timing) {
        this.timing = timing;
    }

    /** @return whether the site waits for a reply that needs no wake word */
    boolean expectsReply(String site) {
        Session session = sessions.get(site);
        if (session == null) {
            return false;
        }
        synchronized (session) {
            return current(session) != null;
        }
    }

    /** Ends whatever the site was waiting for. */
    void end(String site) {
        Session session = sessions.get(site);
        if (session != null) {
            synchronized (session) {
                session.pending = null;
            }
        }
    }

    Response handle(String site, String text) {
        String said = text == null ? "" : text.strip();
        if (said.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Response.say("I didn't catch anything. Say \"what can you do\" to hear what I know.");
        }
        Session session = sessions.computeIfAbsent(site, s -> new Session());
        synchronized (session) {
            Pending pending = current(session);
            session.pending = null;
            Optional<Intent> intent = understanding.recognize(site, said);
            if (intent.isPresent() && isDialog(intent.get(), DialogIntents.CANCEL)) {
                return Response.say(pending == null ? "Okay." : "Okay, cancelled.");
            }
            // A reply that is a whole command of its own ("what's the date" to "For how long?") is that command.
            if (pending instanceof SlotAnswer answer && !isConfidentCommand(intent)) {
                return answer(session, site, answer, said);
            }
            if (pending instanceof Confirmation confirmation) {
                if (isClearly(intent, DialogIntents.YES)) {
                    return dispatch(session, site, confirmation.intent(), true);
                }
                if (intent.isPresent() && isDialog(intent.get(), DialogIntents.NO)) {
                    return Response.say("Okay, I won't.");
                }
                if (intent.isEmpty() || isDialog(intent.get(), DialogIntents.YES)) {
                    // Only a clear yes confirms; anything unclear (nothing understood, or a yes only guessed at,
                    // as in "i don't think that's right") asks again, without extending the deadline.
                    session.pending = confirmation;
                    return Response.confirm("Please say yes or no. " + confirmation.question());
                }
            }
            if (pending instanceof DidYouMean guess && isClearly(intent, DialogIntents.YES)) {
                return dispatch(session, site, guess.intent(), false);
            }
            if (intent.isEmpty()) {
                return skills.notUnderstood(said, site);
            }
            if (intent.get().skillId().equals(DialogIntents.ID)) {
                return pending instanceof DidYouMean
                        ? Response.say("Okay.")
                        : Response.say("There is nothing to confirm right now.");
            }
            if (intent.get().confidence() < timing.confident()) {
                session.pending = new DidYouMean(intent.get(), clock.instant().plus(timing.followUp()));
                return Response.confirm("Did you mean \"" + intent.get().sentence() + "\"?");
            }
            return dispatch(session, site, intent.get(), false);
        }
    }

    private boolean isConfidentCommand(Optional<Intent> intent) {
        return intent.isPresent() && !intent.get().skillId().equals(DialogIntents.ID)
                && intent.get().confidence() >= timing.confident();
    }

    /** Fills the slot with the reply; a question asked {@link #MAX_SLOT_QUESTIONS} times is not asked again. */
    private Response answer(Session session, String site, SlotAnswer answer, String said) {
        SlotValue value = understanding.parseSlot(answer.intent(), answer.slot(), said);
        Response response = dispatch(session, site, answer.intent().withSlot(answer.slot(), value), false);
        if (session.pending instanceof SlotAnswer again && again.slot().equals(answer.slot())
                && again.intent().name().equals(answer.intent().name())) {
            if (answer.asked() >= MAX_SLOT_QUESTIONS) {
                session.pending = null;
                return Response.say("Sorry, I still didn't get that. Let's leave it for now.");
            }
            session.pending = new SlotAnswer(again.intent(), again.slot(), answer.asked() + 1, again.deadline());
        }
        return response;
    }

    private Response dispatch(Session session, String site, Intent intent, boolean confirmed) {
        Optional<Skill> skill = skills.skill(intent.skillId());
        if (skill.isEmpty()) {
            return Response.say("The " + intent.skillId() + " skill is not installed any more.");
        }
        Response response;
        try {
            response = skill.get().handle(new SkillRequest(intent, site, confirmed));
        } catch (RuntimeException e) {
            LOG.warn("skill {} failed on {}: {}", intent.skillId(), intent.name(), e.toString());
            LOG.debug("skill failure", e);
            response = null;
        }
        if (response == null) {
            return Response.say("Sorry, the " + intent.skillId() + " skill could not answer that.");
        }
        Instant now = clock.instant();
        session.pending = switch (response.expect()) {
            case NOTHING -> null;
            case FOLLOW_UP -> new FollowUp(now.plus(timing.followUp()));
            case SLOT -> new SlotAnswer(intent, response.slot(), 1, now.plus(timing.followUp()));
            case CONFIRMATION -> new Confirmation(intent, response.text(), now.plus(timing.confirmation()));
        };
        return response;
    }

    private Pending current(Session session) {
        if (session.pending != null && !clock.instant().isBefore(session.pending.deadline())) {
            session.pending = null;
        }
        return session.pending;
    }

    /** @return whether the intent is the dialog's intent of that name, recognized at least confidently */
    private boolean isClearly(Optional<Intent> intent, String name) {
        return intent.isPresent() && isDialog(intent.get(), name) && intent.get().confidence() >= timing.confident();
    }

    private static boolean isDialog(Intent intent, String name) {
        return intent.skillId().equals(DialogIntents.ID) && intent.name().equals(name);
    }
}
