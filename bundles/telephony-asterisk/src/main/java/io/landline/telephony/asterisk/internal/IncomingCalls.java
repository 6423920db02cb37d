package io.landline.telephony.asterisk.internal;

import io.landline.api.telephony.Call;
import io.landline.api.telephony.IncomingCallDecision;
import io.landline.api.telephony.IncomingCallScreen;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI script {@code agi://host:port/incoming}: the dialplan hands every incoming call to it. It asks the
 * {@link IncomingCallScreen} (household rules), announces the call (a ringing {@code CallEvent}) and waits for
 * "answer" or "ignore", then leaves its decision in channel variables for the dialplan:
 * {@code LANDLINE_RESULT} = {@code answer} (with {@code LANDLINE_DIAL} = the site's endpoint), {@code busy} or
 * {@code voicemail}. The dialplan owns what busy and voicemail sound like.
 */
final class IncomingCalls implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingCalls.class);

    /** What becomes of a ringing call. */
    record Outcome(String result, String endpoint, String site) {
        static final Outcome BUSY = new Outcome("busy", "", "");
        static final Outcome VOICEMAIL = new Outcome("voicemail", "", "");

        static Outcome answer(String endpoint, String site) {
            return new Outcome("answer", endpoint, site);
        }
    }

    private final CallTracker tracker;
    private final Supplier<IncomingCallScreen> screen;
    private final Map<String, String> sites;
    private final String site;
    private final int ringSeconds;
    private final Map<String, CompletableFuture<Outcome>> ringing = new ConcurrentHashMap<>();

    IncomingCalls(CallTracker tracker, Supplier<IncomingCallScreen> screen, Map<String, String> sites, String site,
            int ringSeconds) {
        this.tracker = tracker;
        this.screen = screen;
        this.sites = sites;
        this.site = site;
        this.ringSeconds = ringSeconds;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String id = request.getUniqueId();
        String number = callerNumber(request.getCallerIdNumber());
        Call call = tracker.track(id, Call.Direction.INBOUND, number, site, request.getChannel());
        IncomingCallScreen current = screen.get();
        IncomingCallDecision decision = current == null ? IncomingCallDecision.ANNOUNCE : safely(current, call);
        Outcome outcome = switch (decision) {
            case BUSY -> Outcome.BUSY;
            case VOICEMAIL -> Outcome.VOICEMAIL;
            case ANNOUNCE -> announce(id, channel);
        };
        if (!"answer".equals(outcome.result())) {
            // Asterisk reports the hangup after busy or voicemail, which ends the call with the dial status.
            tracker.ended(id, outcome.result());
        }
        channel.setVariable("LANDLINE_RESULT", outcome.result());
        if ("answer".equals(outcome.result())) {
            channel.setVariable("LANDLINE_DIAL", outcome.endpoint());
        }
    }

    private IncomingCallDecision safely(IncomingCallScreen current, Call call) {
        try {
            IncomingCallDecision decision = current.screen(call);
            return decision == null ? IncomingCallDecision.ANNOUNCE : decision;
        } catch (RuntimeException e) {
            LOG.warn("The incoming call screen failed ({}); announcing the call", e.toString());
            return IncomingCallDecision.ANNOUNCE;
        }
    }

    private Outcome announce(String id, AgiChannel channel) throws AgiException {
        if (!sites.containsKey(site)) {
            LOG.warn("incoming.site {} has no endpoint in sites; sending the call to voicemail", site);
            return Outcome.VOICEMAIL;
        }
        CompletableFuture<Outcome> decided = new CompletableFuture<>();
        ringing.put(id, decided);
        try {
            channel.exec("Ringing");
            tracker.ringing(id);
            return decided.get(ringSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return Outcome.VOICEMAIL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.VOICEMAIL;
        } catch (ExecutionException e) {
            return Outcome.VOICEMAIL;
        } finally {
            ringing.remove(id);
        }
    }

    /** @return whether the call was still ringing and now has its outcome */
    boolean decide(String callId, Outcome outcome) {
        CompletableFuture<Outcome> decided = ringing.get(callId);
        return decided != null && decided.complete(outcome);
    }

    void close() {
        ringing.values().forEach(f -> f.complete(Outcome.VOICEMAIL));
    }

    /** Caller ids arrive as the network sends them; only a dialable shape is kept, anything else is "unknown". */
    static String callerNumber(String raw) {
        if (raw == null) {
            return "unknown";
        }
        String trimmed = raw.trim();
        return DialStrings.isNumber(trimmed) ? trimmed : "unknown";
    }
}
