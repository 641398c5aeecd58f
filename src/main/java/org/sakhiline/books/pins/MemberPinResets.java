package org.sakhiline.books.pins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.pins.PinLockout.PinState;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Staff reset of a member's PIN, for the console and the API alike (each checks the user's scope first).
 * {@code clearPin}: her PIN is removed and she sets a new one where her phone is proven (USSD, or a call with a
 * one-time code); otherwise only a lock is released (a held one too) and her PIN stays. Either way any live
 * one-time code is void and her budgets start afresh. Naturally idempotent: a repeat finds nothing to change,
 * writes nothing and answers the same status. A change is audited with before and after, without secrets.
 */
@ApplicationScoped
@Transactional
public class MemberPinResets {

    private static final Logger LOG = Logger.getLogger(MemberPinResets.class);

    private final MemberPins pins;
    private final MemberPinCodes codes;
    private final AuditLog audit;
    Clock clock = Clock.systemUTC();

    public MemberPinResets(MemberPins pins, MemberPinCodes codes, AuditLog audit) {
        this.pins = pins;
        this.codes = codes;
        this.audit = audit;
    }

    /** What a reset changed, and her PIN's status after it. */
    public record Result(PinStatus status, boolean changed) {}

    public Result reset(long memberId, boolean clearPin) {
        MemberPins.PinReset r = pins.reset(memberId, clearPin);
        codes.clear(memberId);
        Member m = Member.findById(memberId);
        Instant now = clock.instant();
        PinStatus before = status(memberId, m.shgId, r.before(), now);
        PinStatus after = status(memberId, m.shgId, r.after(), now);
        if (r.changed()) {
            audit.record(AuditEntry.of(clearPin ? "member.pinReset" : "member.pinRelease", "member", memberId, m.shgId,
                    clearPin ? "PIN removed; she sets a new one on USSD or with a code by SMS" : "PIN lock released",
                    before, after));
            LOG.infof("member %d: PIN %s by staff", memberId, clearPin ? "reset" : "lock released");
        }
        return new Result(after, r.changed());
    }

    /** Her PIN's status now (in a transaction of its own: a fresh read, never a cached row). */
    public PinStatus status(long memberId) {
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        return status(memberId, m.shgId, new PinState(m.pinHash, m.pinFailedAttempts, m.pinLockedUntil, m.pinLockLevel,
                m.pinHeld, m.pinWrongWindowStart, m.pinWrongInWindow), clock.instant());
    }

    private static PinStatus status(long memberId, long shgId, PinState s, Instant now) {
        boolean windowLive = s.windowStart() != null && now.isBefore(s.windowStart().plus(PinLockout.BUDGET_WINDOW));
        Instant until = s.lockedUntil() != null && now.isBefore(s.lockedUntil()) ? s.lockedUntil() : null;
        return new PinStatus(memberId, shgId, s.hash() != null, until, s.held(), s.lockLevel(),
                windowLive ? s.windowWrong() : 0, PinLockout.DAILY_WRONG_BUDGET);
    }
}
