package io.landline.telephony.asterisk.internal;

import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;

/**
 * Turns AMI channel events into Landline call events. A call is identified by its first channel's unique id, which
 * every later channel of the call carries as its linked id: for outbound calls Landline chooses it (Originate's
 * {@code ChannelId}), for inbound calls it is the caller's channel. Thread-safe; emits events in AMI order.
 */
final class CallTracker {

    /** What is known about one call. */
    private static final class Tracked {
        Call call;
        String channel;
        Instant answeredAt;
        String dialStatus = "";

        Tracked(Call call) {
            this.call = call;
        }
    }

    private final Map<String, Tracked> calls = new LinkedHashMap<>();
    private final Consumer<CallEvent> sink;
    private final Clock clock;

    CallTracker(Consumer<CallEvent> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** Starts tracking a call Landline placed or was handed. */
    synchronized Call track(String id, Call.Direction direction, String number, String site, String channel) {
        Call call = new Call(id, direction, number, site, Call.State.RINGING, clock.instant());
        Tracked tracked = new Tracked(call);
        tracked.channel = channel;
        calls.put(id, tracked);
        return call;
    }

    /** Tells listeners that a tracked call rings (an inbound call being announced). */
    synchronized void ringing(String id) {
        Tracked tracked = calls.get(id);
        if (tracked != null) {
            emit(tracked, "", Duration.ZERO);
        }
    }

    synchronized Optional<Call> call(String id) {
        return Optional.ofNullable(calls.get(id)).map(t -> t.call);
    }

    synchronized Optional<String> channel(String id) {
        return Optional.ofNullable(calls.get(id)).map(t -> t.channel);
    }

    synchronized List<Call> active() {
        return calls.values().stream().map(t -> t.call).toList();
    }

    /** @param event any AMI event; those that concern no tracked call are ignored */
    synchronized void onEvent(ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            Tracked tracked = calls.get(e.getUniqueId());
            if (tracked != null && tracked.channel == null) {
                tracked.channel = e.getChannel();
            }
        } else if (event instanceof OriginateResponseEvent e) {
            Tracked tracked = calls.get(e.getUniqueId());
            if (tracked != null && !"Success".equalsIgnoreCase(e.getResponse())) {
                // The site's own endpoint did not answer or does not exist.
                end(tracked, "failed");
            } else if (tracked != null && tracked.channel == null) {
                tracked.channel = e.getChannel();
            }
        } else if (event instanceof DialBeginEvent e) {
            Tracked tracked = callOf(e.getUniqueId(), e.getLinkedId());
            if (tracked != null && e.getChannel() != null && tracked.call.state() == Call.State.RINGING
                    && tracked.call.direction() == Call.Direction.OUTBOUND) {
                emit(tracked, "", Duration.ZERO);
            }
        } else if (event instanceof DialEndEvent e) {
            Tracked tracked = callOf(e.getUniqueId(), e.getLinkedId());
            if (tracked != null && e.getChannel() != null) {
                tracked.dialStatus = e.getDialStatus() == null ? "" : e.getDialStatus();
                if ("ANSWER".equalsIgnoreCase(tracked.dialStatus) && tracked.call.state() == Call.State.RINGING) {
                    tracked.answeredAt = clock.instant();
                    tracked.call = with(tracked.call, Call.State.ANSWERED);
                    emit(tracked, "", Duration.ZERO);
                }
            }
        } else if (event instanceof HangupEvent e) {
            Tracked tracked = calls.get(e.getUniqueId());
            if (tracked != null) {
                end(tracked, reason(tracked, e.getCause()));
            }
        }
    }

    /** The connection to Asterisk is gone: every call Landline knew of is over as far as it can tell. */
    synchronized void dropAll() {
        for (Tracked tracked : new ArrayList<>(calls.values())) {
            end(tracked, "dropped");
        }
    }

    /** Ends a call that Asterisk will not report on (for example an inbound call whose AGI session failed). */
    synchronized void ended(String id, String reason) {
        Tracked tracked = calls.get(id);
        if (tracked != null) {
            end(tracked, reason);
        }
    }

    /** Stops tracking a call that never started (its originate was refused); the caller reports it. */
    synchronized void forget(String id) {
        calls.remove(id);
    }

    private Tracked callOf(String uniqueId, String linkedId) {
        Tracked tracked = uniqueId == null ? null : calls.get(uniqueId);
        return tracked != null ? tracked : linkedId == null ? null : calls.get(linkedId);
    }

    private static String reason(Tracked tracked, Integer cause) {
        if (tracked.answeredAt != null) {
            return "hangup";
        }
        return switch (tracked.dialStatus.toUpperCase()) {
            case "BUSY" -> "busy";
            case "NOANSWER" -> "no-answer";
            case "CANCEL" -> "hangup";
            // Never dialled: hung up before (normal clearing, 16) or the number led nowhere (congestion …).
            case "" -> cause == null || cause == 16 ? "hangup" : cause == 17 ? "busy" : cause == 19 ? "no-answer"
                    : "failed";
            default -> "failed";
        };
    }

    private void end(Tracked tracked, String reason) {
        calls.remove(tracked.call.id());
        Duration duration = tracked.answeredAt == null ? Duration.ZERO
                : Duration.between(tracked.answeredAt, clock.instant());
        tracked.call = with(tracked.call, Call.State.ENDED);
        emit(tracked, reason, duration);
    }

    private void emit(Tracked tracked, String reason, Duration duration) {
        sink.accept(new CallEvent(tracked.call, reason, duration, clock.instant()));
    }

    private static Call with(Call call, Call.State state) {
        return new Call(call.id(), call.direction(), call.number(), call.site(), state, call.started());
    }
}
