package org.sakhiline.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory side of sign-in throttling, asked before any database read or bcrypt check.
 *
 * <p>Client addresses are counted here only, per instance: the point of the address limit is to keep a
 * flood from burning this instance's CPU on bcrypt (each check ~70 ms), and addresses are unbounded, so they
 * do not belong in a table. User names are counted in the database (see {@link ConsoleUserRecords}) because
 * the guesses per account must not multiply with the number of instances; this class only remembers the
 * locks it has seen there, so that a flood against a locked name is answered from memory.
 */
@ApplicationScoped
public class SignInThrottle {

    private final SignInSettings settings;
    private final Map<String, FailedSignIns> addresses = new ConcurrentHashMap<>();
    private final Map<String, Instant> userLocks = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    public SignInThrottle(SignInSettings settings) {
        this.settings = settings;
    }

    public Instant now() {
        return clock.instant();
    }

    /** How long this user name or address must wait; null when it may try. Memory only: no I/O. */
    public Duration refusal(String username, String address) {
        Instant now = now();
        Duration byAddress = address == null ? null : addresses.getOrDefault(address, FailedSignIns.NONE).retryAfter(now);
        Instant userLock = username == null ? null : userLocks.get(username);
        Duration byUser = userLock == null ? null : new FailedSignIns(0, null, userLock).retryAfter(now);
        if (byUser == null && userLock != null) {
            userLocks.remove(username, userLock);
        }
        if (byAddress == null) {
            return byUser;
        }
        return byUser == null || byAddress.compareTo(byUser) > 0 ? byAddress : byUser;
    }

    /** Counts a wrong password (or unknown user name) from this address; the lock it earned, if any. */
    public Duration addressFailed(String address) {
        if (address == null) {
            return null;
        }
        Instant now = now();
        if (addresses.size() >= settings.maxAddresses()) {
            forgetQuietAddresses(now);
        }
        return addresses.compute(address, (a, before) ->
                settings.addressPolicy().afterFailure(before == null ? FailedSignIns.NONE : before, now)).retryAfter(now);
    }

    /** Remembers a lock read from or written to the database, so the next tries need no query. */
    public void userLocked(String username, Instant until) {
        if (until != null && until.isAfter(now())) {
            userLocks.merge(username, until, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    public void userSignedIn(String username) {
        userLocks.remove(username);
    }

    private void forgetQuietAddresses(Instant now) {
        addresses.entrySet().removeIf(e -> e.getValue().retryAfter(now) == null);
        if (addresses.size() >= settings.maxAddresses()) {
            addresses.clear();   // a flood from more addresses than we keep: the per-user lock still holds
        }
    }

    /** Tests: run the throttle on another clock. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Tests: forget every address and lock this instance remembers. */
    void forgetAll() {
        addresses.clear();
        userLocks.clear();
    }
}
