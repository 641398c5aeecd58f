package org.sakhiline.access.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How console and API sign-ins are throttled, cached and ended ({@code sakhiline.sign-in.*}). */
@ConfigMapping(prefix = "sakhiline.sign-in")
public interface SignInSettings {

    /** Wrong passwords a user name may take before it is locked (from any address, on any instance). */
    @WithDefault("5")
    int userFreeFailures();

    /** Wrong passwords one client address may send before it is locked (an office behind one NAT counts once). */
    @WithDefault("20")
    int addressFreeFailures();

    /** The first lock; each further failure after a lock doubles it, up to {@link #maxLock()}. */
    @WithDefault("30s")
    Duration firstLock();

    @WithDefault("15m")
    Duration maxLock();

    /** Failures older than this (counted from the last one) are forgotten. */
    @WithDefault("1h")
    Duration forgetFailuresAfter();

    /** How long a verified HTTP Basic credential is trusted without bcrypt. */
    @WithDefault("1m")
    Duration basicCacheTtl();

    /** How long an instance trusts what it read about a user or a session (disabled, reset, signed out elsewhere). */
    @WithDefault("5s")
    Duration revocationCheckEvery();

    /** A console sign-in ends this long after it began, however active it was. */
    @WithDefault("12h")
    Duration absoluteLifetime();

    /** Client addresses remembered per instance (the oldest unlocked ones are dropped past this). */
    @WithDefault("10000")
    int maxAddresses();

    default LockPolicy userPolicy() {
        return new LockPolicy(userFreeFailures(), firstLock(), maxLock(), forgetFailuresAfter());
    }

    default LockPolicy addressPolicy() {
        return new LockPolicy(addressFreeFailures(), firstLock(), maxLock(), forgetFailuresAfter());
    }
}
