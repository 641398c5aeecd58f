package org.sakhiline.books.pins;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule for one-time codes a caller keys to prove she holds her phone (a code sent by SMS to it), as pure
 * functions of a member's code row. A code has {@value #DIGITS} digits, lives {@link #VALID_FOR}, takes at most
 * {@value #MAX_TRIES} tries and is used once; a new code replaces the old one (one live code per member); at most
 * {@value #MAX_SENDS} codes go to a member in {@link #SEND_WINDOW}. A guesser gets {@value #MAX_TRIES} tries at a
 * million codes per SMS her phone receives.
 */
public final class OneTimeCodeRule {

    public static final int DIGITS = 6;
    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    public static final int MAX_TRIES = 3;
    public static final int MAX_SENDS = 3;
    public static final Duration SEND_WINDOW = Duration.ofHours(24);

    private OneTimeCodeRule() {}

    /** A member's code row: the live code's hash (null when none), its end and wrong tries, and her sends. */
    public record CodeState(String hash, Instant expiresAt, int failedAttempts, Instant windowStart, int sendsInWindow) {
        public static final CodeState NONE = new CodeState(null, null, 0, null, 0);
    }

    /** What keying a code did. */
    public enum Outcome { OK, WRONG, SPENT }

    /**
     * One code entry judged.
     *
     * @param remainingTries for WRONG
     * @param changes        false when storing {@code after} would change nothing (no live code)
     */
    public record CodeEntry(Outcome outcome, int remainingTries, CodeState after, boolean changes) {}

    /** Empty when a code may be sent now, else when the next may. */
    public static Optional<Instant> sendRefusedUntil(CodeState s, Instant now) {
        if (s.windowStart() == null || !now.isBefore(s.windowStart().plus(SEND_WINDOW)) || s.sendsInWindow() < MAX_SENDS) {
            return Optional.empty();
        }
        return Optional.of(s.windowStart().plus(SEND_WINDOW));
    }

    /** The row after a new code (its hash) is sent at {@code now}; the old code is gone. */
    public static CodeState afterSend(CodeState s, String newHash, Instant now) {
        boolean freshWindow = s.windowStart() == null || !now.isBefore(s.windowStart().plus(SEND_WINDOW));
        Instant start = freshWindow ? now : s.windowStart();
        int sends = (freshWindow ? 0 : s.sendsInWindow()) + 1;
        return new CodeState(newHash, now.plus(VALID_FOR), 0, start, sends);
    }

    /** Judges one entry ({@code matches}: the code matched the live hash) at {@code now}. */
    public static CodeEntry judge(CodeState s, boolean matches, Instant now) {
        if (s.hash() == null) {
            return new CodeEntry(Outcome.SPENT, 0, s, false);
        }
        if (!now.isBefore(s.expiresAt())) {
            return new CodeEntry(Outcome.SPENT, 0, spent(s, s.failedAttempts()), true);
        }
        if (matches) {
            return new CodeEntry(Outcome.OK, 0, spent(s, s.failedAttempts()), true);
        }
        int failed = s.failedAttempts() + 1;
        if (failed >= MAX_TRIES) {
            return new CodeEntry(Outcome.SPENT, 0, spent(s, failed), true);
        }
        return new CodeEntry(Outcome.WRONG, MAX_TRIES - failed,
                new CodeState(s.hash(), s.expiresAt(), failed, s.windowStart(), s.sendsInWindow()), true);
    }

    /** The code is used up (used, expired or out of tries); the send count stays. */
    private static CodeState spent(CodeState s, int failed) {
        return new CodeState(null, null, failed, s.windowStart(), s.sendsInWindow());
    }
}
