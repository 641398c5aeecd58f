package org.sakhiline.books.pins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sakhiline.books.pins.PinLockout.PinState;
import org.sakhiline.books.staff.Staff;
import org.sakhiline.support.problem.NotFoundException;

/** Staff PINs (a bank mitra's, say): hashed like members' and under the same {@link PinLockout} rule. */
@ApplicationScoped
@Transactional
public class StaffPins {

    private final PinHasher hasher;

    public StaffPins(PinHasher hasher) {
        this.hasher = hasher;
    }

    /** Sets her PIN: a fresh start, with no lock, escalation or budget spent. */
    public void setPin(long staffId, String pin) {
        PinHasher.requireFormat(pin);
        Staff s = Staff.findById(staffId);
        if (s == null) {
            throw new NotFoundException("staff", staffId);
        }
        s.pinHash = hasher.hash(pin);
        store(s, PinLockout.released(state(s)));
    }

    /** Checks a PIN with the staff row locked, so parallel attempts cannot get extra tries. */
    public PinCheck verify(long staffId, String pin, Instant now) {
        Staff s = lockedRow(staffId);
        PinEntry entry = PinLockout.judge(state(s), hasher.matches(pin, s.pinHash), now);
        store(s, entry.after());
        return entry.check();
    }

    /** Releases a lock (a held one too): no run, no escalation, a full budget. Her PIN stays. */
    public void release(long staffId) {
        Staff s = lockedRow(staffId);
        store(s, PinLockout.released(state(s)));
    }

    private static Staff lockedRow(long staffId) {
        Staff s = Staff.getEntityManager().find(Staff.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("staff", staffId);
        }
        return s;
    }

    private static PinState state(Staff s) {
        return new PinState(s.pinHash, s.pinFailedAttempts, s.pinLockedUntil, s.pinLockLevel, s.pinHeld,
                s.pinWrongWindowStart, s.pinWrongInWindow);
    }

    private static void store(Staff s, PinState after) {
        s.pinFailedAttempts = after.failedAttempts();
        s.pinLockedUntil = after.lockedUntil();
        s.pinLockLevel = after.lockLevel();
        s.pinHeld = after.held();
        s.pinWrongWindowStart = after.windowStart();
        s.pinWrongInWindow = after.windowWrong();
    }
}
