package io.landline.api.telephony;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the household's call log. Never holds audio.
 *
 * @param time      when the call began
 * @param direction inbound or outbound
 * @param number    the other party's number, or {@code unknown}
 * @param contact   the contact's name, or empty
 * @param duration  how long it was connected
 * @param outcome   what happened: {@code answered}, {@code missed}, {@code busy}, {@code voicemail},
 *                  {@code no-answer}, {@code failed}, {@code dropped}, {@code refused}, {@code emergency …}
 * @param site      the site involved
 * @since 1.1
 */
public record CallRecord(Instant time, Call.Direction direction, String number, String contact, Duration duration,
        String outcome, String site) {
}
