package io.landline.api.telephony;

import java.time.Duration;
import java.time.Instant;

/**
 * Something happened to a call.
 *
 * @param call     the call, in its new state
 * @param reason   for an ended call, why: {@code hangup}, {@code busy}, {@code no-answer}, {@code failed},
 *                 {@code dropped}; otherwise empty
 * @param duration for an ended call, how long it was connected; otherwise zero
 * @param at       when it happened
 */
public record CallEvent(Call call, String reason, Duration duration, Instant at) {
}
