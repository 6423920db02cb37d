package io.landline.telephony.asterisk.internal;

import io.landline.api.engine.Engines;
import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallListener;
import io.landline.api.telephony.IncomingCallDecision;
import io.landline.api.telephony.IncomingCallScreen;
import io.landline.api.telephony.TelephonyException;
import io.landline.api.telephony.TelephonyProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household's Asterisk as Landline's phone system: calls placed with AMI Originate (the site's endpoint rings
 * first, then the dialplan's outbound context dials the number), followed through AMI events, and incoming calls
 * screened and announced over FastAGI. Active only with {@code etc/io.landline.telephony.asterisk.cfg}.
 */
@Component(configurationPid = "io.landline.telephony.asterisk", configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = Engines.ENGINE_ID + "=asterisk")
@Designate(ocd = AsteriskConfig.class)
public class AsteriskTelephony implements TelephonyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AsteriskTelephony.class);
    private static final long ACTION_TIMEOUT_MILLIS = 5000;

    private final ListenerFanout listeners = new ListenerFanout();
    private final CallTracker tracker = new CallTracker(this::publish, Clock.systemUTC());
    private final ScheduledExecutorService scheduler;
    private final AsteriskConfig config;
    private final Map<String, String> sites;
    private final String outboundContext;
    private final String emergencyContext;
    private final AmiSession session;
    private final IncomingCalls incoming;
    private final DefaultAgiServer agiServer;
    private volatile IncomingCallScreen screen;
    private volatile IncomingCalls incomingCalls;

    @Activate
    public AsteriskTelephony(AsteriskConfig config) throws IOException {
        this.config = config;
        this.sites = DialStrings.sites(config.sites(),
                problem -> LOG.warn("etc/io.landline.telephony.asterisk.cfg: {}", problem));
        this.outboundContext = checkedContext(config.outbound_context(), "outbound.context", "landline-outbound");
        this.emergencyContext = config.emergency_context().isBlank() ? ""
                : checkedContext(config.emergency_context(), "emergency.context", "");
        this.scheduler = Executors.newScheduledThreadPool(1, r -> {
            Thread thread = new Thread(r, "landline-ami");
            thread.setDaemon(true);
            return thread;
        });
        this.session = new AmiSession(config.host(), config.port(), config.username(), config.secret(),
                tracker::onEvent, this::resync, tracker::dropAll, scheduler,
                TimeUnit.SECONDS.toMillis(config.reconnect_max_seconds()));
        this.incoming = new IncomingCalls(tracker, () -> screen, sites, config.incoming_site(),
                config.ring_seconds());
        this.incomingCalls = incoming;
        this.agiServer = startAgi(config, incoming);
        session.start();
    }

    /** A bad context is reported and replaced, so one typo does not take the phone away. */
    private static String checkedContext(String value, String key, String fallback) {
        try {
            return DialStrings.context(value.trim(), key);
        } catch (IllegalArgumentException e) {
            LOG.warn("etc/io.landline.telephony.asterisk.cfg: {}; using '{}'", e.getMessage(), fallback);
            return fallback;
        }
    }

    private static DefaultAgiServer startAgi(AsteriskConfig config, AgiScript script) throws IOException {
        SimpleMappingStrategy mapping = new SimpleMappingStrategy();
        mapping.setMappings(Map.of("incoming", script));
        DefaultAgiServer server = new DefaultAgiServer(mapping);
        server.setAddress(InetAddress.getByName(config.agi_bind()));
        server.setPort(config.agi_port());
        Thread thread = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException | IllegalStateException e) {
                LOG.warn("The FastAGI server cannot listen on {}:{}: {}; incoming calls will not be announced",
                        config.agi_bind(), config.agi_port(), e.getMessage());
            }
        }, "landline-fastagi");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    private void publish(io.landline.api.telephony.CallEvent event) {
        IncomingCalls current = incomingCalls;
        if (event.call().state() == Call.State.ENDED && current != null) {
            // A caller who hangs up while being announced ends the wait for "answer".
            current.decide(event.call().id(), IncomingCalls.Outcome.BUSY);
        }
        listeners.accept(event);
    }

    @Deactivate
    void deactivate() {
        session.close();
        try {
            agiServer.shutdown();
        } catch (IllegalStateException notStarted) {
            // it never started listening
        }
        incoming.close();
        scheduler.shutdownNow();
        listeners.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(CallListener listener) {
        listeners.add(listener);
    }

    void removeListener(CallListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setScreen(IncomingCallScreen screen) {
        this.screen = screen;
    }

    void unsetScreen(IncomingCallScreen screen) {
        if (this.screen == screen) {
            this.screen = null;
        }
    }

    @Override
    public boolean isConnected() {
        return session.isConnected();
    }

    @Override
    public Call originate(String site, String number) throws TelephonyException {
        return place(site, number, outboundContext);
    }

    @Override
    public boolean hasEmergencyRoute() {
        return !emergencyContext.isEmpty();
    }

    @Override
    public Call originateEmergency(String site, String number) throws TelephonyException {
        if (emergencyContext.isEmpty()) {
            throw new TelephonyException("No emergency route is configured.");
        }
        return place(site, number, emergencyContext);
    }

    @Override
    public Call dropIn(String site, String targetSite) throws TelephonyException {
        String endpoint = sites.get(site);
        String target = sites.get(targetSite);
        if (endpoint == null || target == null) {
            throw new TelephonyException(endpoint == null ? "This room has no phone configured."
                    : "There is no phone in " + targetSite + ".");
        }
        String id = "landline-" + UUID.randomUUID();
        OriginateAction originate = new OriginateAction();
        originate.setChannel(endpoint);
        originate.setChannelId(id);
        // Both endpoints come from the checked sites configuration, never from what was said.
        originate.setApplication("Dial");
        originate.setData(target + ",30");
        originate.setAsync(true);
        originate.setTimeout((long) config.originate_timeout_seconds() * 1000);
        originate.setCallerId("Landline");
        Call call = tracker.track(id, Call.Direction.OUTBOUND, targetSite, site, null);
        try {
            session.send(originate, ACTION_TIMEOUT_MILLIS);
        } catch (IOException e) {
            tracker.forget(id);
            LOG.warn("Drop-in from {} failed: {}", site, e.getMessage());
            throw new TelephonyException("The phone system is not reachable right now.", e);
        }
        return call;
    }

    private Call place(String site, String number, String context) throws TelephonyException {
        String endpoint = sites.get(site);
        if (endpoint == null) {
            throw new TelephonyException("This room has no phone configured.");
        }
        String exten;
        try {
            exten = DialStrings.number(number);
        } catch (IllegalArgumentException e) {
            throw new TelephonyException(e.getMessage());
        }
        String id = "landline-" + UUID.randomUUID();
        OriginateAction originate = new OriginateAction();
        originate.setChannel(endpoint);
        originate.setChannelId(id);
        originate.setContext(context);
        originate.setExten(exten);
        originate.setPriority(1);
        originate.setAsync(true);
        originate.setTimeout((long) config.originate_timeout_seconds() * 1000);
        originate.setCallerId("Landline <" + exten + ">");
        Call call = tracker.track(id, Call.Direction.OUTBOUND, number, site, null);
        try {
            session.send(originate, ACTION_TIMEOUT_MILLIS);
        } catch (IOException e) {
            tracker.forget(id);
            LOG.warn("Originate from {} failed: {}", site, e.getMessage());
            throw new TelephonyException("The phone system is not reachable right now.", e);
        }
        return call;
    }

    @Override
    public void answer(String callId, String site) throws TelephonyException {
        String endpoint = sites.get(site);
        if (endpoint == null) {
            throw new TelephonyException("This room has no phone configured.");
        }
        if (!incoming.decide(callId, IncomingCalls.Outcome.answer(endpoint, site))) {
            throw new TelephonyException("That call is not ringing any more.");
        }
    }

    @Override
    public void divert(String callId, IncomingCallDecision decision) throws TelephonyException {
        if (!incoming.decide(callId, decision == IncomingCallDecision.BUSY ? IncomingCalls.Outcome.BUSY
                : IncomingCalls.Outcome.VOICEMAIL)) {
            throw new TelephonyException("That call is not ringing any more.");
        }
    }

    @Override
    public void hangup(String callId) throws TelephonyException {
        String channel = tracker.channel(callId)
                .orElseThrow(() -> new TelephonyException("That call is already over."));
        try {
            session.send(new HangupAction(channel), ACTION_TIMEOUT_MILLIS);
        } catch (IOException e) {
            LOG.warn("Hangup of {} failed: {}", callId, e.getMessage());
            throw new TelephonyException("The phone system did not end the call.", e);
        }
    }

    @Override
    public List<Call> activeCalls() {
        return tracker.active();
    }

    /** After a (re)connection: asks which channels exist, so calls that ended while Landline was away end here. */
    private void resync() {
        scheduler.execute(() -> {
            try {
                var events = session.sendEvents(new CoreShowChannelsAction(), ACTION_TIMEOUT_MILLIS);
                var alive = events.stream().filter(CoreShowChannelEvent.class::isInstance)
                        .map(e -> ((CoreShowChannelEvent) e).getLinkedid()).collect(java.util.stream.Collectors.toSet());
                for (Call call : tracker.active()) {
                    if (!alive.contains(call.id()) && call.state() != Call.State.RINGING) {
                        tracker.ended(call.id(), "dropped");
                    }
                }
                LOG.debug("Resynchronised with Asterisk: {} channels", alive.size());
            } catch (IOException | EventTimeoutException e) {
                LOG.warn("Could not list Asterisk's channels after connecting: {}", e.getMessage());
            }
        });
    }
}
