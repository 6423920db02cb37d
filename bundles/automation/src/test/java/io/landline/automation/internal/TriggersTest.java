package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.automation.TriggerEvent;
import io.landline.api.event.Topics;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Triggers that need no framework: one-off times, calls, timers. */
class TriggersTest {

    private final List<TriggerEvent> fired = new CopyOnWriteArrayList<>();

    @Test
    void oneOffTimesFireOnceAndRefuseThePast() throws Exception {
        ManualScheduler scheduler = new ManualScheduler(Instant.parse("2026-11-22T17:00:00Z"), ZoneId.of("UTC"));
        AtTrigger at = new AtTrigger(scheduler);
        at.watch(Map.of("value", "2026-11-24T18:00", "rule", "r"), fired::add);
        at.watch(Map.of("value", "7:30", "rule", "r"), fired::add);
        scheduler.advance(Duration.ofDays(3));
        assertThat(fired).extracting(TriggerEvent::at).containsExactly(Instant.parse("2026-11-23T07:30:00Z"),
                Instant.parse("2026-11-24T18:00:00Z"));
        assertThat(scheduler.pending()).isZero();
        assertThatThrownBy(() -> at.watch(Map.of("value", "2026-11-01T08:00"), fired::add))
                .hasMessageContaining("has already passed");
        assertThatThrownBy(() -> at.watch(Map.of("value", "teatime"), fired::add))
                .hasMessageContaining("not a time");
    }

    @Test
    void closingACronWatchStopsIt() throws Exception {
        ManualScheduler scheduler = new ManualScheduler(Instant.parse("2026-11-22T17:00:00Z"), ZoneId.of("UTC"));
        AutoCloseable watch = new CronTrigger(scheduler).watch(Map.of("value", "*/10 * * * *"), fired::add);
        scheduler.advance(Duration.ofMinutes(25));
        assertThat(fired).hasSize(2);
        watch.close();
        scheduler.advance(Duration.ofHours(1));
        assertThat(fired).hasSize(2);
        assertThat(fired.get(0).data()).containsEntry("time", "17:10").containsEntry("schedule", "*/10 * * * *");
    }

    @Test
    void callsAreIncomingMissedOrEnded() throws Exception {
        CallTrigger calls = new CallTrigger();
        List<TriggerEvent> missed = new CopyOnWriteArrayList<>();
        List<TriggerEvent> incoming = new CopyOnWriteArrayList<>();
        List<TriggerEvent> ended = new CopyOnWriteArrayList<>();
        calls.watch(Map.of("value", "missed"), missed::add);
        calls.watch(Map.of("value", "incoming"), incoming::add);
        calls.watch(Map.of("on", "ended"), ended::add);
        Instant t = Instant.parse("2026-11-22T17:00:00Z");
        Call ringing = new Call("1", Call.Direction.INBOUND, "+15550100", "hall", Call.State.RINGING, t);
        Call over = new Call("1", Call.Direction.INBOUND, "+15550100", "hall", Call.State.ENDED, t);
        Call answeredOver = new Call("2", Call.Direction.INBOUND, "+15550111", "hall", Call.State.ENDED, t);
        Call outbound = new Call("3", Call.Direction.OUTBOUND, "+15550122", "hall", Call.State.ENDED, t);
        calls.callChanged(new CallEvent(ringing, "", Duration.ZERO, t));
        calls.callChanged(new CallEvent(over, "no-answer", Duration.ZERO, t));
        calls.callChanged(new CallEvent(answeredOver, "hangup", Duration.ofSeconds(42), t));
        calls.callChanged(new CallEvent(outbound, "hangup", Duration.ofSeconds(3), t));
        assertThat(incoming).hasSize(1);
        assertThat(missed).singleElement().satisfies(e -> assertThat(e.data()).containsEntry("number", "+15550100")
                .containsEntry("caller", "+15550100").containsEntry("site", "hall").containsEntry("reason", "no-answer")
                .doesNotContainKey("contact"));
        assertThat(ended).extracting(e -> e.data().get("seconds")).containsExactly(0L, 42L, 3L);
        assertThatThrownBy(() -> calls.watch(Map.of("value", "dropped"), fired::add))
                .hasMessageContaining("'incoming', 'missed' or 'ended'");
    }

    @Test
    void timersFilterByName() throws Exception {
        TimerTrigger timers = new TimerTrigger();
        List<TriggerEvent> tea = new CopyOnWriteArrayList<>();
        timers.watch(Map.of("value", "done", "name", "tea"), tea::add);
        timers.watch(Map.of(), fired::add);
        timers.handleEvent(new Event(Topics.TIMER_DONE, Map.of(Topics.SITE, "kitchen", Topics.NAME, "Tea")));
        timers.handleEvent(new Event(Topics.TIMER_DONE, Map.of(Topics.SITE, "kitchen", Topics.NAME, "eggs")));
        assertThat(tea).singleElement().satisfies(e -> assertThat(e.data()).containsEntry("site", "kitchen")
                .containsEntry("name", "Tea").containsEntry("event", "done"));
        assertThat(fired).hasSize(2);
    }
}
