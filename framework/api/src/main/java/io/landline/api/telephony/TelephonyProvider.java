package io.landline.api.telephony;

import java.util.List;

/**
 * Places and controls calls through a phone system. Registered with {@code engine.id} and
 * {@code service.ranking} like the other engines.
 */
public interface TelephonyProvider {

    /** @return whether the phone system is reachable now */
    boolean isConnected();

    /**
     * Calls a number from a site: the site's endpoint rings and is bridged to the number.
     *
     * @param site   the calling site
     * @param number a validated number: digits, {@code +}, {@code *}, {@code #}
     * @return the new call
     * @throws TelephonyException when the call cannot be placed
     */
    Call originate(String site, String number) throws TelephonyException;

    /**
     * Connects a ringing inbound call to a site's endpoint.
     *
     * @param callId the call
     * @param site   the answering site
     * @throws TelephonyException when the call cannot be answered
     */
    void answer(String callId, String site) throws TelephonyException;

    /**
     * Ends a call.
     *
     * @param callId the call
     * @throws TelephonyException when the call cannot be ended
     */
    void hangup(String callId) throws TelephonyException;

    /** @return calls that have not ended */
    List<Call> activeCalls();

    /**
     * @return whether an emergency route is configured, so {@link #originateEmergency} can work
     * @since 1.1
     */
    default boolean hasEmergencyRoute() {
        return false;
    }

    /**
     * Calls an emergency number from a site through the emergency route, with no restriction of any kind. Callers
     * must log every attempt.
     *
     * @param site   the calling site
     * @param number the emergency number, digits only
     * @return the new call
     * @throws TelephonyException when no emergency route is configured or the call cannot be placed
     * @since 1.1
     */
    default Call originateEmergency(String site, String number) throws TelephonyException {
        throw new TelephonyException("No emergency route is configured.");
    }

    /**
     * Opens a call from one site's endpoint to another's ("drop in on the kitchen"): the calling site's endpoint
     * rings, then the other site's endpoint.
     *
     * @param site       the calling site
     * @param targetSite the site to drop in on
     * @return the new call; its number is the target site's name
     * @throws TelephonyException when either site has no endpoint or the call cannot be placed
     * @since 1.1
     */
    default Call dropIn(String site, String targetSite) throws TelephonyException {
        throw new TelephonyException("This phone system cannot connect rooms.");
    }

    /**
     * Sends a ringing inbound call to busy or voicemail without connecting it ("ignore").
     *
     * @param callId   the call
     * @param decision {@link IncomingCallDecision#BUSY} or {@link IncomingCallDecision#VOICEMAIL}
     * @throws TelephonyException when the call is not ringing
     * @since 1.1
     */
    default void divert(String callId, IncomingCallDecision decision) throws TelephonyException {
        hangup(callId);
    }
}
