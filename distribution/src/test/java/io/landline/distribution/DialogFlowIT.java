package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dialogs through the assembled runtime with the sentence-template engine: slot questions, confirmation,
 * "did you mean", cancel and stop at any point, timers announced when due and kept across a restart.
 */
class DialogFlowIT {

    @TempDir
    Path folder;

    @Test
    void dialogsWithTemplatesTimersAndConfirmation() throws Exception {
        Path home = LandlineProcess.copyOfDistribution(folder);
        try (LandlineProcess landline = LandlineProcess.start(home)) {
            // A required slot is asked for, and the reply is read as a duration.
            assertThat(landline.ask("set a pasta timer")).isEqualTo("For how long?");
            assertThat(landline.ask("for eight minutes")).isEqualTo("Pasta timer set for 8 minutes.");
            assertThat(landline.ask("how long is left on the pasta timer"))
                    .matches("There are (7 minutes and \\d+ seconds|8 minutes) left on the pasta timer\\.");
            assertThat(landline.ask("cancel the pasta timer")).isEqualTo("Cancelled the pasta timer.");

            // A misheard word still matches; a partial sentence is offered back.
            assertThat(landline.ask("set a bread timor for an hour and a half"))
                    .isEqualTo("Bread timer set for 1 hour and 30 minutes.");
            assertThat(landline.ask("what time is")).isEqualTo("Did you mean \"what time is it\"?");
            assertThat(landline.ask("yes")).matches("It's \\d{1,2}:\\d\\d [AP]M\\.");
            // A misheard dictated number is not offered back as an emergency number it shares a digit with.
            assertThat(landline.ask("can you call five five five i need to seven two for me"))
                    .startsWith("Sorry, I didn't understand");

            // Cancel in the middle of a slot question, stop in the middle of a confirmation.
            assertThat(landline.ask("add to the shopping list")).isEqualTo("What should I add?");
            assertThat(landline.ask("cancel")).isEqualTo("Okay, cancelled.");
            assertThat(landline.ask("add milk to the shopping list")).isEqualTo("Added milk. The list has 1 item.");
            assertThat(landline.ask("clear the shopping list"))
                    .isEqualTo("Remove all 1 items from the shopping list?");
            assertThat(landline.ask("stop")).isEqualTo("Okay, cancelled.");
            assertThat(landline.ask("what's on the shopping list")).isEqualTo("On the list: milk.");
            assertThat(landline.ask("clear the shopping list")).endsWith("?");
            assertThat(landline.ask("no")).isEqualTo("Okay, I won't.");
            assertThat(landline.ask("clear the shopping list")).endsWith("?");
            assertThat(landline.ask("yes")).isEqualTo("The shopping list is empty now.");

            // A length before "timer" is the timer's length, not its name; "my timer" is "the timer".
            assertThat(landline.ask("start a five minute timer")).isEqualTo("Timer set for 5 minutes.");
            assertThat(landline.ask("which timers do i have")).containsIgnoringCase("bread timer")
                    .containsPattern("(?i)(^|; )timer: (5 minutes|4 minutes and \\d+ seconds) left");
            assertThat(landline.ask("cancel my timer")).isEqualTo("Cancelled the timer.");

            // An alarm and a short timer that is announced when due.
            assertThat(landline.ask("wake me up at seven")).matches("Alarm set for 7:00 AM (today|tomorrow)\\.");
            assertThat(landline.ask("set an egg timer for two seconds")).isEqualTo("Egg timer set for 2 seconds.");
            landline.await(line -> line.equals("Your egg timer is done."), Duration.ofSeconds(15));

            // Far-off text is not understood, not guessed.
            assertThat(landline.ask("blorp the frobnicator")).startsWith("Sorry, I didn't understand");
            landline.closeInput();
            assertThat(landline.awaitExit(Duration.ofSeconds(30))).isZero();
        }
        // Timers and alarms survive a restart.
        try (LandlineProcess again = LandlineProcess.start(home)) {
            assertThat(again.ask("how long is left on the bread timer"))
                    .matches("There are 1 hour(, 29 minutes)? and \\d+ (seconds|minutes) left on the bread timer\\."
                            + "|There are 1 hour and 29 minutes left on the bread timer\\.");
            // Soonest first, so whether the alarm or the timer leads (capitalised) depends on the time of day.
            assertThat(again.ask("list my timers")).containsIgnoringCase("alarm for 7:00 AM")
                    .containsIgnoringCase("bread timer: 1 hour");
            assertThat(again.ask("cancel the bread timer")).isEqualTo("Cancelled the bread timer.");
        }
    }
}
