package io.landline.api.telephony;

/**
 * What happens to an inbound call.
 *
 * @since 1.1
 */
public enum IncomingCallDecision {
    /** Announce it on the site and wait for "answer" or "ignore". */
    ANNOUNCE,
    /** Turn it away: the caller hears busy. */
    BUSY,
    /** Send it to voicemail, as the phone system's dialplan defines it. */
    VOICEMAIL
}
