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

    public void setPin(long staffId, String pin) {
        PinHasher.requireFormat(pin);
        Staff s = Staff.findById(staffId);
        if (s == null) {
            throw new NotFoundException("staff", staffId);
        }
        s.pinHash = hasher.hash(pin);
        s.pinFailedAttempts = 0;
        s.pinLockedUntil = null;
    }

    /** Checks a PIN with the staff row locked, so parallel attempts cannot get extra tries. */
    public PinCheck verify(long staffId, String pin, Instant now) {
        Staff s = Staff.getEntityManager().find(Staff.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("staff", staffId);
        }
        PinEntry entry = PinLockout.judge(new PinState(s.pinHash, s.pinFailedAttempts, s.pinLockedUntil),
                hasher.matches(pin, s.pinHash), now);
        s.pinFailedAttempts = entry.failedAttempts();
        s.pinLockedUntil = entry.lockedUntil();
        return entry.check();
    }
}
