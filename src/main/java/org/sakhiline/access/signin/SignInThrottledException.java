package org.sakhiline.access.signin;

import java.time.Duration;

/**
 * A sign-in refused because its user name or client address is locked after wrong passwords. Deliberately
 * not an AuthenticationFailedException: Quarkus would turn that into its usual redirect or 401, while this
 * one reaches {@link SignInGuard}'s failure handler and becomes a 429 with Retry-After.
 */
public class SignInThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least 1 (Retry-After takes seconds). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
