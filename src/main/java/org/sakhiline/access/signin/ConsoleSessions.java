package org.sakhiline.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sakhiline.access.signin.ConsoleUserRecords.SessionRow;
import org.sakhiline.access.signin.ConsoleUserRecords.UserState;

/**
 * Server-side console sessions. Quarkus' encrypted sign-in cookie says only "this is admin until 30 minutes
 * of idleness": it cannot be taken back. Beside it the browser holds a random ticket ({@link #COOKIE});
 * the session row it names is what sign-out revokes, what a password reset or a disable outdates (the
 * user's session_epoch moves on), and what ends after the absolute lifetime however busy she is.
 *
 * <p>What this instance read about a user or a session is trusted for {@code revocation-check-every}
 * (5 s): a change made here is seen at once, one made on another instance within those seconds.
 */
@ApplicationScoped
public class ConsoleSessions {

    public static final String COOKIE = "sakhiline-session";
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Seen<T>(Optional<T> value, Instant at) {
    }

    private final ConsoleUserRecords records;
    private final SignInSettings settings;
    private final SignInThrottle throttle;   // its clock
    private final VerifiedCredentials verified;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, Seen<UserState>> users = new ConcurrentHashMap<>();
    private final Map<String, Seen<SessionRow>> sessions = new ConcurrentHashMap<>();

    public ConsoleSessions(ConsoleUserRecords records, SignInSettings settings, SignInThrottle throttle,
                           VerifiedCredentials verified, TransactionSynchronizationRegistry transactions) {
        this.records = records;
        this.settings = settings;
        this.throttle = throttle;
        this.verified = verified;
        this.transactions = transactions;
    }

    /** A new session for a user who has just given her password; the ticket for her browser. Blocking. */
    public String open(String username, int sessionEpoch) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = HexFormat.of().formatHex(bytes);
        Instant now = throttle.now();
        records.createSession(sha256(ticket), username, sessionEpoch, now);
        if (bytes[0] == 0) {   // now and then (1 sign-in in 256), drop sessions nobody can use any more
            records.deleteSessionsCreatedBefore(now.minus(settings.absoluteLifetime()).minus(settings.absoluteLifetime()));
        }
        return ticket;
    }

    /**
     * The user's current state when {@code ticket} is a live session of {@code username}: not signed out,
     * younger than the absolute lifetime, made since her last reset/disable, and she is not disabled.
     * Blocking (reads the database when what it knows is older than the re-check interval).
     */
    public Optional<UserState> live(String ticket, String username) {
        if (ticket == null || !WELL_FORMED.matcher(ticket).matches()) {
            return Optional.empty();
        }
        Optional<SessionRow> row = cached(sessions, sha256(ticket), records::session);
        if (row.isEmpty() || !row.get().username().equals(username) || row.get().revokedAt() != null
                || !row.get().createdAt().plus(settings.absoluteLifetime()).isAfter(throttle.now())) {
            return Optional.empty();
        }
        return currentState(username).filter(s -> s.active() && s.sessionEpoch() == row.get().sessionEpoch());
    }

    /** Sign-out: the ticket's session ends on every instance (here at once). Blocking. */
    public void close(String ticket) {
        if (ticket != null && WELL_FORMED.matcher(ticket).matches()) {
            String hash = sha256(ticket);
            records.revokeSession(hash, throttle.now());
            sessions.remove(hash);
        }
    }

    /** What the database says about her now, give or take the re-check interval; empty for no such user. */
    public Optional<UserState> currentState(String username) {
        return cached(users, username, records::state);
    }

    /**
     * Call in the transaction that resets her password, disables her or re-enables her: once it commits,
     * this instance forgets what it knew about her (state and verified Basic credentials).
     */
    public void userChanged(String username) {
        forgetUser(username);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forgetUser(username);
                }
            }
        });
    }

    private void forgetUser(String username) {
        users.remove(username);
        verified.forget(username);
    }

    private <T> Optional<T> cached(Map<String, Seen<T>> cache, String key, java.util.function.Function<String, Optional<T>> load) {
        Instant now = throttle.now();
        Seen<T> seen = cache.get(key);
        if (seen != null && seen.at().plus(settings.revocationCheckEvery()).isAfter(now) && !seen.at().isAfter(now)) {
            return seen.value();
        }
        if (cache.size() > 10_000) {
            cache.clear();
        }
        Optional<T> value = load.apply(key);
        cache.put(key, new Seen<>(value, now));
        return value;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tests: forget every cached row (as another instance would see the database). */
    void forgetAll() {
        users.clear();
        sessions.clear();
    }
}
