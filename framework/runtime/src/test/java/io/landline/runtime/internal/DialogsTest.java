package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dialog logic with a hand-written intent engine and skill. */
class DialogsTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A calling skill in miniature: asks who, confirms, then "dials". */
    private static class CallSkill implements Skill {
        final List<String> dialled = new ArrayList<>();

        @Override
        public String id() {
            return "call";
        }

        @Override
        public String name() {
            return "Call";
        }

        @Override
        public List<IntentDefinition> intents() {
            return List.of(IntentDefinition.of("Call", "call"));
        }

        @Override
        public Response handle(SkillRequest request) {
            Optional<SlotValue> who = request.intent().slot("who");
            if (who.isEmpty()) {
                return Response.askFor("who", "Who should I call?");
            }
            if (!request.confirmed()) {
                return Response.confirm("Call " + who.get().text() + "?");
            }
            dialled.add(who.get().text());
            return Response.say("Calling " + who.get().text() + ".");
        }
    }

    private final TestClock clock = new TestClock();
    private final CallSkill call = new CallSkill();
    private final Map<String, Intent> sentences = Map.of(
            "call", intent("call", "Call"),
            "call mom", intent("call", "Call").withSlot("who", SlotValue.ofText("mom")),
            "yes", intent(DialogIntents.ID, DialogIntents.YES),
            "no", intent(DialogIntents.ID, DialogIntents.NO),
            "cancel", intent(DialogIntents.ID, DialogIntents.CANCEL),
            "ring mum", new Intent("call", "Call", Map.of("who", SlotValue.ofText("mom")), 0.6, "ring mum",
                    "call mom"),
            "i don't think that's right", new Intent(DialogIntents.ID, DialogIntents.YES, Map.of(), 0.6,
                    "i don't think that's right", "that's right"),
            "crash", intent("broken", "Crash"),
            "what time is it", intent("clock", "GetTime"));

    private final Dialogs dialogs = new Dialogs(new Dialogs.Understanding() {
        @Override
        public Optional<Intent> recognize(String site, String text) {
            return Optional.ofNullable(sentences.get(text));
        }

        @Override
        public SlotValue parseSlot(Intent intent, String slot, String text) {
            return SlotValue.ofText(text);
        }
    }, new Dialogs.Skills() {
        @Override
        public Optional<Skill> skill(String id) {
            if (id.equals("broken")) {
                return Optional.of(new CallSkill() {
                    @Override
                    public Response handle(SkillRequest request) {
                        throw new IllegalStateException("boom");
                    }
                });
            }
            if (id.equals("clock")) {
                return Optional.of(new CallSkill() {
                    @Override
                    public Response handle(SkillRequest request) {
                        return Response.say("It's ten.");
                    }
                });
            }
            return id.equals("call") ? Optional.of(call) : Optional.empty();
        }

        @Override
        public Response notUnderstood(String text, String site) {
            return Response.say("not understood: " + text);
        }
    }, clock, new Dialogs.Timing(Duration.ofSeconds(8), Duration.ofSeconds(30), 0.8));

    private static Intent intent(String skill, String name) {
        return new Intent(skill, name, Map.of(), 1.0, name, name);
    }

    private String say(String site, String text) {
        return dialogs.handle(site, text).text();
    }

    @Test
    void missingSlotIsAskedForThenConfirmedThenDone() {
        assertThat(say("kitchen", "call")).isEqualTo("Who should I call?");
        assertThat(dialogs.expectsReply("kitchen")).isTrue();
        assertThat(say("kitchen", "grandma")).isEqualTo("Call grandma?");
        assertThat(say("kitchen", "yes")).isEqualTo("Calling grandma.");
        assertThat(call.dialled).containsExactly("grandma");
        assertThat(dialogs.expectsReply("kitchen")).isFalse();
    }

    @Test
    void aCommandInsteadOfAnAnswerIsThatCommand() {
        assertThat(say("kitchen", "call")).isEqualTo("Who should I call?");
        assertThat(say("kitchen", "what time is it")).isEqualTo("It's ten.");
        assertThat(dialogs.expectsReply("kitchen")).isFalse();
        assertThat(call.dialled).isEmpty();
    }

    @Test
    void aSlotQuestionIsAskedTwiceAtMostThenTheDialogEnds() {
        Dialogs.Understanding nothingFits = new Dialogs.Understanding() {
            @Override
            public Optional<Intent> recognize(String site, String text) {
                return Optional.ofNullable(sentences.get(text));
            }

            @Override
            public SlotValue parseSlot(Intent intent, String slot, String text) {
                return new SlotValue(text, null); // a reply the skill cannot use: it asks again
            }
        };
        Dialogs strict = new Dialogs(nothingFits, new Dialogs.Skills() {
            @Override
            public Optional<Skill> skill(String id) {
                return Optional.of(new CallSkill() {
                    @Override
                    public Response handle(SkillRequest request) {
                        return Response.askFor("who", "Who should I call?");
                    }
                });
            }

            @Override
            public Response notUnderstood(String text, String site) {
                return Response.say("not understood");
            }
        }, clock, new Dialogs.Timing(Duration.ofSeconds(8), Duration.ofSeconds(30), 0.8));
        assertThat(strict.handle("hall", "call").text()).isEqualTo("Who should I call?");
        assertThat(strict.handle("hall", "mumble").text()).isEqualTo("Who should I call?");
        assertThat(strict.expectsReply("hall")).isTrue();
        assertThat(strict.handle("hall", "mumble").text()).startsWith("Sorry, I still didn't get that.");
        assertThat(strict.expectsReply("hall")).isFalse();
    }

    @Test
    void noDeclines() {
        say("kitchen", "call mom");
        assertThat(say("kitchen", "no")).isEqualTo("Okay, I won't.");
        assertThat(call.dialled).isEmpty();
    }

    @Test
    void cancelWorksAtAnyPoint() {
        say("kitchen", "call");
        assertThat(say("kitchen", "cancel")).isEqualTo("Okay, cancelled.");
        assertThat(say("kitchen", "yes")).isEqualTo("There is nothing to confirm right now.");
        assertThat(call.dialled).isEmpty();
    }

    @Test
    void aLateYesConfirmsNothing() {
        say("kitchen", "call mom");
        clock.now = clock.now.plusSeconds(31);
        assertThat(say("kitchen", "yes")).isEqualTo("There is nothing to confirm right now.");
        assertThat(call.dialled).isEmpty();
    }

    @Test
    void anUnclearAnswerAsksAgainWithoutActing() {
        say("kitchen", "call mom");
        assertThat(say("kitchen", "mumble")).isEqualTo("Please say yes or no. Call mom?");
        assertThat(call.dialled).isEmpty();
        assertThat(say("kitchen", "yes")).isEqualTo("Calling mom.");
    }

    @Test
    void aYesOnlyGuessedAtConfirmsNothing() {
        say("kitchen", "call mom");
        assertThat(say("kitchen", "i don't think that's right")).isEqualTo("Please say yes or no. Call mom?");
        assertThat(call.dialled).isEmpty();
        say("kitchen", "cancel");
        say("kitchen", "ring mum");
        assertThat(say("kitchen", "i don't think that's right")).isNotEqualTo("Call mom?");
        assertThat(call.dialled).isEmpty();
    }

    @Test
    void anotherCommandDropsThePendingConfirmation() {
        say("kitchen", "call mom");
        assertThat(say("kitchen", "crash")).isEqualTo("Sorry, the broken skill could not answer that.");
        assertThat(say("kitchen", "yes")).isEqualTo("There is nothing to confirm right now.");
        assertThat(call.dialled).isEmpty();
    }

    @Test
    void sitesAreIndependent() {
        say("kitchen", "call mom");
        assertThat(say("office", "yes")).isEqualTo("There is nothing to confirm right now.");
        assertThat(say("kitchen", "yes")).isEqualTo("Calling mom.");
    }

    @Test
    void lowConfidenceAsksDidYouMean() {
        assertThat(say("kitchen", "ring mum")).isEqualTo("Did you mean \"call mom\"?");
        assertThat(say("kitchen", "yes")).isEqualTo("Call mom?");
    }

    @Test
    void blankTextGetsAClearAnswer() {
        assertThat(say("kitchen", "  ")).startsWith("I didn't catch anything.");
        assertThat(say("kitchen", null)).startsWith("I didn't catch anything.");
    }

    @Test
    void unknownTextGoesToTheFallback() {
        assertThat(say("kitchen", "blorp")).isEqualTo("not understood: blorp");
    }

    @Test
    void aFailingSkillGetsAnApologyNotAStackTrace() {
        assertThat(say("kitchen", "crash")).isEqualTo("Sorry, the broken skill could not answer that.");
    }
}
