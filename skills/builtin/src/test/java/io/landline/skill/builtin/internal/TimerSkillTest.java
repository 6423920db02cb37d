package io.landline.skill.builtin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.intent.Intent;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.SkillRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimerSkillTest {

    @TempDir
    Path folder;

    private final BlockingQueue<String> announced = new LinkedBlockingQueue<>();
    private TimerSkill skill;

    private TimerSkill start() {
        skill = new TimerSkill(Clock.systemDefaultZone(), folder.resolve("timers.properties"),
                (site, text) -> announced.add(site + ": " + text));
        return skill;
    }

    @AfterEach
    void stop() {
        if (skill != null) {
            skill.deactivate();
        }
    }

    private static SkillRequest request(String intent, Object... slots) {
        Map<String, SlotValue> values = new HashMap<>();
        for (int i = 0; i < slots.length; i += 2) {
            values.put((String) slots[i], new SlotValue(String.valueOf(slots[i + 1]), slots[i + 1]));
        }
        return new SkillRequest(new Intent("timer", intent, values, 1, "", ""), "kitchen", false);
    }

    @Test
    void namedTimerIsSetQueriedAndCancelled() {
        TimerSkill timers = start();
        assertThat(timers.handle(request("SetTimer", "name", "pasta", "duration", Duration.ofMinutes(8))).text())
                .isEqualTo("Pasta timer set for 8 minutes.");
        assertThat(timers.handle(request("TimeLeft", "name", "pasta")).text())
                .matches("There are (7 minutes and 5\\d seconds|8 minutes) left on the pasta timer\\.");
        assertThat(timers.handle(request("TimeLeft", "name", "egg")).text()).isEqualTo("There is no egg timer.");
        assertThat(timers.handle(request("CancelTimer", "name", "pasta")).text())
                .isEqualTo("Cancelled the pasta timer.");
        assertThat(timers.handle(request("ListTimers")).text()).isEqualTo("No timers or alarms are set.");
    }

    @Test
    void missingDurationIsAskedFor() {
        Response response = start().handle(request("SetTimer", "name", "pasta"));
        assertThat(response.expect()).isEqualTo(Response.Expect.SLOT);
        assertThat(response.slot()).isEqualTo("duration");
        assertThat(response.text()).isEqualTo("For how long?");
        Response wrong = skill.handle(request("SetTimer", "name", "pasta", "duration", "banana"));
        assertThat(wrong.text()).isEqualTo("Sorry, I didn't get that. For how long?");
    }

    @Test
    void dueTimerIsAnnouncedOnItsSite() throws Exception {
        start().handle(request("SetTimer", "name", "egg", "duration", Duration.ofMillis(300)));
        assertThat(announced.poll(10, TimeUnit.SECONDS)).isEqualTo("kitchen: Your egg timer is done.");
        assertThat(skill.handle(request("ListTimers")).text()).isEqualTo("No timers or alarms are set.");
    }

    @Test
    void timersAndAlarmsSurviveARestart() {
        start().handle(request("SetTimer", "name", "bread", "duration", Duration.ofHours(1)));
        assertThat(skill.handle(request("SetAlarm", "time", LocalTime.of(7, 0))).text())
                .matches("Alarm set for 7:00 AM (today|tomorrow)\\.");
        skill.deactivate();
        TimerSkill again = start();
        assertThat(again.handle(request("ListTimers")).text())
                .matches("(Alarm for 7:00 AM; bread timer: .* left|Bread timer: .* left; alarm for 7:00 AM)\\.");
        assertThat(again.handle(request("CancelTimer", "name", "7:00")).text())
                .isEqualTo("Cancelled the alarm for 7:00 AM.");
    }

    @Test
    void durationsAreSaidNaturally() {
        assertThat(Timers.say(Duration.ofSeconds(5400))).isEqualTo("1 hour and 30 minutes");
        assertThat(Timers.say(Duration.ofSeconds(3661))).isEqualTo("1 hour, 1 minute and 1 second");
        assertThat(Timers.say(Duration.ofSeconds(45))).isEqualTo("45 seconds");
    }
}
