package org.sakhiline.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * 4-digit PINs for members and staff, stored as peppered hashes ({@link PinHasher}). {@value #MAX_TRIES} wrong tries in a row
 * lock the PIN for 30 minutes; a success resets the count; once a lock has run out the count starts
 * afresh. The row is locked while checking so parallel sessions cannot get extra tries. PINs are never
 * logged.
 */
@ApplicationScoped
@Transactional
public class MemberPins {

    public static final int MAX_TRIES = 3;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);
    private static final String FOUR_DIGITS = "[0-9]{4}";

    private final PinHasher hasher;
    private final MemberBooksReader reader;

    public MemberPins(PinHasher hasher, MemberBooksReader reader) {
        this.hasher = hasher;
        this.reader = reader;
    }

    public void setPin(long memberId, String pin) {
        requireFormat(pin);
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        m.pinHash = hasher.hash(pin);
        m.pinFailedAttempts = 0;
        m.pinLockedUntil = null;
    }

    /**
     * Checks a PIN. The common case — right PIN, no failures on record — is one plain read with no
     * transaction to commit (it runs on every USSD/IVR PIN entry; outside a transaction it is a plain JDBC
     * read). Anything that changes the counters takes the row lock, so parallel sessions cannot get extra
     * tries.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PinCheck verify(long memberId, String pin, Instant now) {
        if (verifiesWithoutChange(memberId, pin)) {
            return PinCheck.ok();
        }
        return QuarkusTransaction.joiningExisting().call(() -> verifyLocked(memberId, pin, now));
    }

    /**
     * The common case alone: true when the PIN is right and there are no failures or lock on record, so
     * the check changes nothing. False means "ask {@link #verify}", which may count a failure. Safe on an
     * I/O thread outside a transaction (one plain read).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean verifiesWithoutChange(long memberId, String pin) {
        MemberBooksReader.PinColumns row = (reader.usable() ? reader.pinColumns(memberId) : pinColumns(memberId))
                .orElseThrow(() -> new NotFoundException("member", memberId));
        return row.hash() != null && row.failedAttempts() == 0 && row.lockedUntil() == null
                && pin != null && pin.matches(FOUR_DIGITS) && hasher.matches(pin, row.hash());
    }

    private static Optional<MemberBooksReader.PinColumns> pinColumns(long memberId) {
        return em().createQuery("select m.pinHash, m.pinFailedAttempts, m.pinLockedUntil from Member m"
                        + " where m.id = ?1", Object[].class).setParameter(1, memberId).getResultStream().findFirst()
                .map(r -> new MemberBooksReader.PinColumns((String) r[0], ((Number) r[1]).intValue(), (Instant) r[2]));
    }

    private PinCheck verifyLocked(long memberId, String pin, Instant now) {
        Member m = em().find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        PinState s = check(new PinState(m.pinHash, m.pinFailedAttempts, m.pinLockedUntil), pin, now);
        m.pinFailedAttempts = s.failed();
        m.pinLockedUntil = s.lockedUntil();
        return s.result();
    }

    public void setStaffPin(long staffId, String pin) {
        requireFormat(pin);
        Staff s = Staff.findById(staffId);
        if (s == null) {
            throw new NotFoundException("staff", staffId);
        }
        s.pinHash = hasher.hash(pin);
        s.pinFailedAttempts = 0;
        s.pinLockedUntil = null;
    }

    public PinCheck verifyStaff(long staffId, String pin, Instant now) {
        Staff st = em().find(Staff.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (st == null) {
            throw new NotFoundException("staff", staffId);
        }
        PinState s = check(new PinState(st.pinHash, st.pinFailedAttempts, st.pinLockedUntil), pin, now);
        st.pinFailedAttempts = s.failed();
        st.pinLockedUntil = s.lockedUntil();
        return s.result();
    }

    /** The PIN columns before and after a check, with the answer. */
    private record PinState(String hash, int failed, Instant lockedUntil, PinCheck result) {
        PinState(String hash, int failed, Instant lockedUntil) {
            this(hash, failed, lockedUntil, null);
        }
    }

    private PinState check(PinState s, String pin, Instant now) {
        if (s.hash() == null) {
            return new PinState(null, s.failed(), s.lockedUntil(), PinCheck.notSet());
        }
        if (s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return new PinState(s.hash(), s.failed(), s.lockedUntil(), PinCheck.locked(s.lockedUntil()));
        }
        int failed = s.lockedUntil() != null ? 0 : s.failed();
        boolean ok = pin != null && pin.matches(FOUR_DIGITS) && hasher.matches(pin, s.hash());
        if (ok) {
            return new PinState(s.hash(), 0, null, PinCheck.ok());
        }
        failed++;
        if (failed >= MAX_TRIES) {
            Instant until = now.plus(LOCK_DURATION);
            return new PinState(s.hash(), failed, until, PinCheck.locked(until));
        }
        return new PinState(s.hash(), failed, null, PinCheck.wrong(MAX_TRIES - failed));
    }

    private static void requireFormat(String pin) {
        if (pin == null || !pin.matches(FOUR_DIGITS)) {
            throw new InvalidInputException("pin", "must be exactly 4 digits");
        }
    }

    private static EntityManager em() {
        return Member.getEntityManager();
    }
}
