package io.landline.telephony.asterisk.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in AMI connection at a time, reconnected with exponential backoff when it drops. Asterisk-Java's
 * own reconnect loop retries at a fixed pace forever; this session instead throws a dropped connection away and
 * logs in afresh on a new one, pausing 0.5 s, 1 s, 2 s … up to a configured maximum between attempts. After each
 * login {@code onConnected} runs, so the owner can resynchronise. The secret is passed to Asterisk-Java, which
 * logs in with an MD5 challenge, and is never logged.
 */
final class AmiSession {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);

    private final ManagerConnectionFactory factory;
    private final String where;
    private final Consumer<ManagerEvent> events;
    private final Runnable onConnected;
    private final Runnable onDisconnected;
    private final ScheduledExecutorService scheduler;
    private final long maxBackoffMillis;
    private final List<Class<? extends ManagerEvent>> eventClasses;

    private volatile ManagerConnection connection;
    private volatile boolean closed;
    private long backoffMillis = 500;
    private int failures;
    private boolean everConnected;

    AmiSession(String host, int port, String username, String secret, Consumer<ManagerEvent> events,
            Runnable onConnected, Runnable onDisconnected, ScheduledExecutorService scheduler, long maxBackoffMillis) {
        this.factory = new ManagerConnectionFactory(host, port, username, secret);
        this.where = username + "@" + host + ":" + port;
        this.events = events;
        this.onConnected = onConnected;
        this.onDisconnected = onDisconnected;
        this.scheduler = scheduler;
        this.maxBackoffMillis = Math.max(500, maxBackoffMillis);
        this.eventClasses = AmiEventClasses.all();
        LOG.info("Asterisk-Java: {} AMI event classes registered from the bundle", eventClasses.size());
    }

    void start() {
        scheduler.execute(this::connect);
    }

    boolean isConnected() {
        ManagerConnection current = connection;
        return current != null && current.getState() == ManagerConnectionState.CONNECTED;
    }

    /**
     * @param action an action
     * @return Asterisk's response
     * @throws IOException when not connected, on an error response, or on timeout
     */
    ManagerResponse send(ManagerAction action, long timeoutMillis) throws IOException {
        ManagerConnection current = connection;
        if (current == null || current.getState() != ManagerConnectionState.CONNECTED) {
            throw new IOException("not connected to Asterisk");
        }
        try {
            ManagerResponse response = current.sendAction(action, timeoutMillis);
            if (response instanceof ManagerError error) {
                throw new IOException("Asterisk refused " + action.getAction() + ": " + error.getMessage());
            }
            return response;
        } catch (TimeoutException e) {
            throw new IOException("Asterisk did not answer " + action.getAction() + " in time", e);
        } catch (IllegalStateException e) {
            throw new IOException("not connected to Asterisk", e);
        }
    }

    /**
     * @param action an action whose answer is a list of events
     * @return those events
     * @throws IOException when not connected
     */
    java.util.Collection<org.asteriskjava.manager.event.ResponseEvent> sendEvents(org.asteriskjava.manager.action.EventGeneratingAction action,
            long timeoutMillis) throws IOException, org.asteriskjava.manager.EventTimeoutException {
        ManagerConnection current = connection;
        if (current == null || current.getState() != ManagerConnectionState.CONNECTED) {
            throw new IOException("not connected to Asterisk");
        }
        try {
            return current.sendEventGeneratingAction(action, timeoutMillis).getEvents();
        } catch (IllegalStateException e) {
            throw new IOException("not connected to Asterisk", e);
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        ManagerConnection fresh = factory.createManagerConnection();
        eventClasses.forEach(fresh::registerUserEventClass);
        fresh.addEventListener(event -> {
            if (event instanceof DisconnectEvent) {
                if (connection == fresh) {
                    lost(fresh);
                }
            } else if (connection == fresh) {
                // Only the current connection's events count: a dropped one that Asterisk-Java revives on its
                // own must not feed the tracker a second copy of each event.
                events.accept(event);
            }
        });
        try {
            fresh.login();
            connection = fresh;
            if (everConnected) {
                LOG.info("Reconnected to Asterisk at {} after {} failed attempts", where, failures);
            } else {
                LOG.info("Connected to Asterisk at {}", where);
            }
            everConnected = true;
            failures = 0;
            backoffMillis = 500;
            onConnected.run();
        } catch (AuthenticationFailedException e) {
            LOG.warn("Asterisk at {} refused the login: check username and secret in "
                    + "etc/io.landline.telephony.asterisk.cfg and manager.conf", where);
            retry(fresh);
        } catch (IOException | TimeoutException | IllegalStateException e) {
            if (failures == 0) {
                LOG.warn("Cannot reach Asterisk at {}: {}; retrying", where, e.getMessage());
            }
            retry(fresh);
        }
    }

    private void retry(ManagerConnection failed) {
        quietlyLogoff(failed);
        failures++;
        if (!closed) {
            long delay = backoffMillis;
            backoffMillis = Math.min(backoffMillis * 2, maxBackoffMillis);
            scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void lost(ManagerConnection lost) {
        connection = null;
        if (closed) {
            return;
        }
        LOG.warn("Lost the connection to Asterisk at {}; reconnecting", where);
        onDisconnected.run();
        // Stop Asterisk-Java's own fixed-pace reconnect loop; this session reconnects with backoff. The logoff
        // may block while that loop runs, so it gets a thread of its own, never the scheduler's.
        Thread stopper = new Thread(() -> quietlyLogoff(lost), "landline-ami-logoff");
        stopper.setDaemon(true);
        stopper.start();
        scheduler.schedule(this::connect, 250, TimeUnit.MILLISECONDS);
    }

    private static void quietlyLogoff(ManagerConnection connection) {
        try {
            if (connection.getState() != ManagerConnectionState.DISCONNECTED
                    && connection.getState() != ManagerConnectionState.INITIAL) {
                connection.logoff();
            }
        } catch (RuntimeException e) {
            LOG.debug("logoff of a dead AMI connection failed", e);
        }
    }

    void close() {
        closed = true;
        ManagerConnection current = connection;
        connection = null;
        if (current != null) {
            quietlyLogoff(current);
        }
    }
}
