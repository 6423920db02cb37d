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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dialog turns with a fake understanding: slot questions, confirmation, cancel/stop anywhere, deadlines. */
class DialogTurnsTest {

    /** A clock tests move forward. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Calls someone, asking who and confirming first. */
    static final class CallSkill implements Skill {
        @Override
        public String id() {
            return "phone";
        }

        @Override
        public String name() {
            return "Phone";
        }

        @Override
        public List<IntentDefinition> intents() {
            return List.of(IntentDefinition.of("Call", "call {who}"));
        }

        @Override
        public Response handle(SkillRequest request) {
            Optional<SlotValue> who = request.intent().slot("who");
            if (who.isEmpty()) {
                return Response.askFor("who", "Who should I call?");
            }
            if (!request.confirmed()) {
                return Response.confirm("Call " + who.get().text() + ", mobile?");
            }
            return Response.say("Calling " + who.get().text() + ".");
        }
    }

    private final MovingClock clock = new MovingClock();
    private final Skill phone = new CallSkill();
    private final Dialogs dialogs = new Dialogs(new Dialogs.Understanding() {
        @Override
        public Optional<Intent> recognize(String site, String text) {
            return switch (text) {
                case "call mom" -> Optional.of(intent("phone", "Call", 1, Map.of("who", SlotValue.ofText("Mom"))));
                case "call" -> Optional.of(intent("phone", "Call", 1, Map.of()));
                case "cal mom" -> Optional.of(intent("phone", "Call", 0.6, Map.of("who", SlotValue.ofText("Mom"))));
                case "yes" -> Optional.of(intent(DialogIntents.ID, DialogIntents.YES, 1, Map.of()));
                case "no" -> Optional.of(intent(DialogIntents.ID, DialogIntents.NO, 1, Map.of()));
                case "cancel", "stop" -> Optional.of(intent(DialogIntents.ID, DialogIntents.CANCEL, 1, Map.of()));
                default -> Optional.empty();
            };
        }

        @Override
        public SlotValue parseSlot(Intent intent, String slot, String text) {
            return SlotValue.ofText(text);
        }
    }, new Dialogs.Skills() {
        @Override
        public Optional<Skill> skill(String id) {
            return id.equals("phone") ? Optional.of(phone) : Optional.empty();
        }

        @Override
        public Response notUnderstood(String text, String site) {
            return Response.say("Sorry: " + text);
        }
    }, clock, new Dialogs.Timing(Duration.ofSeconds(8), Duration.ofSeconds(30), 0.8));

    private static Intent intent(String skill, String name, double confidence, Map<String, SlotValue> slots) {
        return new Intent(skill, name, slots, confidence, name, "call mom");
    }

    @Test
    void missingSlotIsAskedThenConfirmed() {
        assertThat(dialogs.handle("kitchen", "call").text()).isEqualTo("Who should I call?");
        assertThat(dialogs.expectsReply("kitchen")).isTrue();
        assertThat(dialogs.handle("kitchen", "Dad").text()).isEqualTo("Call Dad, mobile?");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("Calling Dad.");
        assertThat(dialogs.expectsReply("kitchen")).isFalse();
    }

    @Test
    void noDeclines() {
        dialogs.handle("kitchen", "call mom");
        assertThat(dialogs.handle("kitchen", "no").text()).isEqualTo("Okay, I won't.");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("There is nothing to confirm right now.");
    }

    @Test
    void unclearAnswerAsksAgainWithoutActing() {
        dialogs.handle("kitchen", "call mom");
        assertThat(dialogs.handle("kitchen", "purple").text()).isEqualTo("Please say yes or no. Call Mom, mobile?");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("Calling Mom.");
    }

    @Test
    void cancelAndStopWorkAtEveryStep() {
        dialogs.handle("kitchen", "call");
        assertThat(dialogs.handle("kitchen", "cancel").text()).isEqualTo("Okay, cancelled.");
        assertThat(dialogs.expectsReply("kitchen")).isFalse();
        dialogs.handle("kitchen", "call mom");
        assertThat(dialogs.handle("kitchen", "stop").text()).isEqualTo("Okay, cancelled.");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("There is nothing to confirm right now.");
        assertThat(dialogs.handle("kitchen", "stop").text()).isEqualTo("Okay.");
    }

    @Test
    void followUpWindowCloses() {
        dialogs.handle("kitchen", "call");
        clock.now = clock.now.plusSeconds(9);
        assertThat(dialogs.expectsReply("kitchen")).isFalse();
        assertThat(dialogs.handle("kitchen", "Dad").text()).isEqualTo("Sorry: Dad");
    }

    @Test
    void confirmationExpires() {
        dialogs.handle("kitchen", "call mom");
        clock.now = clock.now.plusSeconds(31);
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("There is nothing to confirm right now.");
    }

    @Test
    void lowConfidenceAsksDidYouMean() {
        assertThat(dialogs.handle("kitchen", "cal mom").text()).isEqualTo("Did you mean \"call mom\"?");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("Call Mom, mobile?");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("Calling Mom.");
    }

    @Test
    void sitesAreIndependent() {
        dialogs.handle("kitchen", "call mom");
        assertThat(dialogs.handle("bedroom", "yes").text()).isEqualTo("There is nothing to confirm right now.");
        assertThat(dialogs.handle("kitchen", "yes").text()).isEqualTo("Calling Mom.");
    }
}
