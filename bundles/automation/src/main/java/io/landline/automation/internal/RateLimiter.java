package io.landline.automation.internal;

import java.util.function.LongSupplier;

/**
 * A token bucket: bursts up to {@code burst} requests, then {@code perSecond} on average. Time comes from a
 * supplier of nanoseconds so tests need not wait.
 */
final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private double tokens;
    private long last;

    RateLimiter(double perSecond, int burst, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.nanos = nanos;
        this.tokens = this.burst;
        this.last = nanos.getAsLong();
    }

    /** @return whether a request may go ahead now (taking a token) */
    synchronized boolean tryAcquire() {
        long now = nanos.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** @return whole seconds until the next token, at least 1, for {@code Retry-After} */
    synchronized long secondsUntilNext() {
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
}
