package io.landline.telephony.asterisk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.junit.jupiter.api.Test;

/** The AMI event sequences recorded from Asterisk 16 (see docs/telephony.md), replayed. */
class CallTrackerTest {

    /** A clock the test moves. */
    static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-22T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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

    final List<CallEvent> events = new ArrayList<>();
    final Ticking clock = new Ticking();
    final CallTracker tracker = new CallTracker(events::add, clock);

    private static NewChannelEvent newChannel(String uniqueId, String channel) {
        NewChannelEvent e = new NewChannelEvent(new Object());
        e.setUniqueId(uniqueId);
        e.setChannel(channel);
        return e;
    }

    private static DialBeginEvent dialBegin(String uniqueId, String channel) {
        DialBeginEvent e = new DialBeginEvent(new Object());
        e.setUniqueId(uniqueId);
        e.setChannel(channel);
        e.setLinkedId(uniqueId);
        return e;
    }

    private static DialEndEvent dialEnd(String uniqueId, String channel, String status) {
        DialEndEvent e = new DialEndEvent(new Object());
        e.setUniqueId(uniqueId);
        e.setChannel(channel);
        e.setLinkedId(uniqueId);
        e.setDialStatus(status);
        return e;
    }

    private static HangupEvent hangup(String uniqueId) {
        HangupEvent e = new HangupEvent(new Object());
        e.setUniqueId(uniqueId);
        return e;
    }

    @Test
    void anOutboundCallRingsIsAnsweredAndEndsWithItsDuration() {
        tracker.track("landline-1", Call.Direction.OUTBOUND, "5550100", "default", null);
        // Originate's own dial of the site endpoint has no channel: it is not the callee ringing.
        tracker.onEvent(dialBegin(null, null));
        tracker.onEvent(newChannel("landline-1", "PJSIP/speaker-00000000"));
        tracker.onEvent(dialBegin("landline-1", "PJSIP/speaker-00000000"));
        clock.now = clock.now.plusSeconds(3);
        tracker.onEvent(dialEnd("landline-1", "PJSIP/speaker-00000000", "ANSWER"));
        assertThat(tracker.channel("landline-1")).hasValue("PJSIP/speaker-00000000");
        clock.now = clock.now.plusSeconds(42);
        tracker.onEvent(hangup("1795317660.1")); // the callee's channel: not the call's own
        tracker.onEvent(hangup("landline-1"));
        assertThat(events).extracting(e -> e.call().state()).containsExactly(Call.State.RINGING,
                Call.State.ANSWERED, Call.State.ENDED);
        assertThat(events.get(2).reason()).isEqualTo("hangup");
        assertThat(events.get(2).duration()).isEqualTo(Duration.ofSeconds(42));
        assertThat(tracker.active()).isEmpty();
    }

    @Test
    void busyNoAnswerAndFailedOriginatesEndWithTheirReason() {
        tracker.track("a", Call.Direction.OUTBOUND, "1", "default", null);
        tracker.onEvent(dialEnd("a", "PJSIP/speaker-1", "BUSY"));
        tracker.onEvent(hangup("a"));
        tracker.track("b", Call.Direction.OUTBOUND, "2", "default", null);
        OriginateResponseEvent failure = new OriginateResponseEvent(new Object());
        failure.setUniqueId("b");
        failure.setResponse("Failure");
        tracker.onEvent(failure);
        tracker.onEvent(hangup("b"));
        tracker.track("c", Call.Direction.OUTBOUND, "3", "default", null);
        HangupEvent congestion = hangup("c");
        congestion.setCause(34);
        tracker.onEvent(congestion);
        assertThat(events).extracting(CallEvent::reason).containsExactly("busy", "failed", "failed");
        assertThat(events).allSatisfy(e -> assertThat(e.duration()).isZero());
    }

    @Test
    void losingAsteriskDropsEveryCallOnce() {
        tracker.track("a", Call.Direction.OUTBOUND, "1", "default", "PJSIP/speaker-1");
        tracker.track("b", Call.Direction.INBOUND, "2", "default", "PJSIP/mom-2");
        tracker.dropAll();
        tracker.dropAll();
        tracker.onEvent(hangup("a"));
        assertThat(events).extracting(CallEvent::reason).containsExactly("dropped", "dropped");
    }
}
