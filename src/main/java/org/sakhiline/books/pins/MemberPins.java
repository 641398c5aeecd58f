package org.sakhiline.books.pins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.pins.PinLockout.PinState;
import org.sakhiline.books.reader.MemberBooksReader;
import org.sakhiline.support.Transactions;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Members' 4-digit PINs, stored as peppered hashes ({@link PinHasher}) under the {@link PinLockout} rule.
 * Checking is split in two so a menu hop can see what an entry does before anything is written:
 * {@link #judge} reads and decides, {@link #record} stores the state the entry leaves. Judged inside a
 * transaction, the member's row stays locked until commit, so parallel sessions cannot get extra tries.
 * PINs are never logged.
 */
@ApplicationScoped
@Transactional
public class MemberPins {

    private final PinHasher hasher;
    private final MemberBooksReader reader;

    public MemberPins(PinHasher hasher, MemberBooksReader reader) {
        this.hasher = hasher;
        this.reader = reader;
    }

    /** Sets her PIN: a fresh start, with no lock, escalation or budget spent. */
    public void setPin(long memberId, String pin) {
        PinHasher.requireFormat(pin);
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        m.pinHash = hasher.hash(pin);
        store(m, PinLockout.released(state(m)));
    }

    /**
     * What this entry would do, changing nothing. Outside a transaction it is one plain read (safe on an I/O
     * thread); inside one the member's row is read with a lock ({@code SELECT … FOR UPDATE}) held until
     * commit, so the state {@link #record}ed from it cannot have been changed by anyone in between.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PinEntry judge(long memberId, String pin, Instant now) {
        PinState state = Transactions.inTransaction() ? state(lockedRow(memberId)) : reader.pinColumns(memberId)
                .map(c -> new PinState(c.hash(), c.failedAttempts(), c.lockedUntil(), c.lockLevel(), c.held(),
                        c.wrongWindowStart(), c.wrongInWindow()))
                .orElseThrow(() -> new NotFoundException("member", memberId));
        return PinLockout.judge(state, hasher.matches(pin, state.hash()), now);
    }

    /** Stores the state an entry leaves; in the transaction that {@link #judge}d it, so under its lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long memberId, PinState after) {
        store(lockedRow(memberId), after);
    }

    /** The counters alone (no escalation): kept for callers written before the escalation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long memberId, int failedAttempts, Instant lockedUntil) {
        Member m = lockedRow(memberId);
        m.pinFailedAttempts = failedAttempts;
        m.pinLockedUntil = lockedUntil;
    }

    /** Judges and records one entry in one transaction. */
    public PinCheck verify(long memberId, String pin, Instant now) {
        PinEntry entry = judge(memberId, pin, now);
        if (entry.changesCounters()) {
            record(memberId, entry.after());
        }
        return entry.check();
    }

    /**
     * Staff reset: with {@code clearPin} her PIN is removed (she sets a new one where her phone is proven),
     * else only its lock, escalation and budget are released. Returns the state before and after.
     */
    public PinReset reset(long memberId, boolean clearPin) {
        Member m = lockedRow(memberId);
        PinState before = state(m);
        if (clearPin) {
            m.pinHash = null;
        }
        store(m, PinLockout.released(before));
        return new PinReset(before, state(m));
    }

    /** A reset's before and after. */
    public record PinReset(PinState before, PinState after) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    private static PinState state(Member m) {
        return new PinState(m.pinHash, m.pinFailedAttempts, m.pinLockedUntil, m.pinLockLevel, m.pinHeld,
                m.pinWrongWindowStart, m.pinWrongInWindow);
    }

    private static void store(Member m, PinState s) {
        m.pinFailedAttempts = s.failedAttempts();
        m.pinLockedUntil = s.lockedUntil();
        m.pinLockLevel = s.lockLevel();
        m.pinHeld = s.held();
        m.pinWrongWindowStart = s.windowStart();
        m.pinWrongInWindow = s.windowWrong();
    }

    private static Member lockedRow(long memberId) {
        Member m = em().find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        return m;
    }

    private static EntityManager em() {
        return Member.getEntityManager();
    }
}
