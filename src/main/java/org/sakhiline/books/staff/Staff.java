package org.sakhiline.books.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A bank mitra, CRP or administrator who may act on one org unit and its subtree. */
@Entity
@Table(name = "staff")
public class Staff extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "phone_e164", nullable = false, length = 16)
    public String phoneE164;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public StaffRole role;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(nullable = false, length = 8)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public StaffStatus status;

    @Column(name = "pin_hash", length = 100)
    public String pinHash;

    @Column(name = "pin_failed_attempts", nullable = false)
    public int pinFailedAttempts;

    @Column(name = "pin_locked_until")
    public Instant pinLockedUntil;

    /** PIN lockout escalation and daily budget (books/pins/PinLockout). */
    @Column(name = "pin_lock_level", nullable = false)
    public int pinLockLevel;

    @Column(name = "pin_held", nullable = false)
    public boolean pinHeld;

    @Column(name = "pin_wrong_window_start")
    public Instant pinWrongWindowStart;

    @Column(name = "pin_wrong_in_window", nullable = false)
    public int pinWrongInWindow;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Bumped by every console/API edit: an edit made from an older version is refused. */
    @Column(nullable = false)
    public long version;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public static Optional<Staff> findByPhone(String phoneE164) {
        return find("phoneE164", phoneE164).firstResultOptional();
    }
}
