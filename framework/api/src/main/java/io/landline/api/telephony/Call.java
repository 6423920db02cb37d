package io.landline.api.telephony;

import java.time.Instant;

/**
 * A phone call.
 *
 * @param id        the provider's id for the call
 * @param direction inbound or outbound
 * @param number    the other party's number
 * @param site      the site whose endpoint is on the call
 * @param state     where the call is
 * @param started   when the call began ringing
 */
public record Call(String id, Direction direction, String number, String site, State state, Instant started) {

    /** Which way a call goes. */
    public enum Direction {
        /** Someone called the household. */
        INBOUND,
        /** The household called someone. */
        OUTBOUND
    }

    /** Where a call is. */
    public enum State {
        /** Ringing, not yet answered. */
        RINGING,
        /** Answered and connected. */
        ANSWERED,
        /** Over. */
        ENDED
    }
}
