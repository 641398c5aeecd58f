package org.sakhiline.access.signin;

import java.time.Duration;
import java.time.Instant;

/** Wrong passwords counted for a user name or a client address, and the lock they earned (null: none). */
public record FailedSignIns(int failures, Instant lastFailure, Instant lockedUntil) {

    public static final FailedSignIns NONE = new FailedSignIns(0, null, null);

    /** How long the caller must wait at {@code now}; null when not locked. */
    public Duration retryAfter(Instant now) {
        return lockedUntil == null || !lockedUntil.isAfter(now) ? null : Duration.between(now, lockedUntil);
    }
}
