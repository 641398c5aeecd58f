package org.sakhiline.books.members;

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
import java.time.LocalDate;
import java.util.Optional;

/** A woman in an SHG; her member number is unique only within her group. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shg_id", nullable = false)
    public Long shgId;

    @Column(name = "member_no", nullable = false)
    public int memberNo;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "name_native", length = 200)
    public String nameNative;

    @Column(nullable = false, length = 8)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public ScriptVariant script;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public MemberStatus status;

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

    @Column(name = "reminders_opt_out", nullable = false)
    public boolean remindersOptOut;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Bumped by every console/API edit of her record (not by PIN tries): an edit made from an older one is refused. */
    @Column(nullable = false)
    public long version;

    @Column(name = "exited_on")
    public LocalDate exitedOn;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public static Optional<Member> findByShgAndNo(long shgId, int memberNo) {
        return find("shgId = ?1 and memberNo = ?2", shgId, memberNo).firstResultOptional();
    }
}
