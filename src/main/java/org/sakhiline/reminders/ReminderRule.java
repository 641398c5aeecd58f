package org.sakhiline.reminders;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * When and how to remind members of an org unit's subtree about one {@link ReminderKind}. The most
 * specific active rule for a group wins (SHG over VO over federation).
 */
@Entity
@Table(name = "reminder_rule")
public class ReminderRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReminderKind kind;

    /** MEETING / INSTALMENT_DUE: days before the date; LOAN_OVERDUE: days after due date plus grace. */
    @Column(name = "days_offset", nullable = false)
    public int daysOffset;

    @Column(name = "send_at", nullable = false)
    public LocalTime sendAt;

    @Column(name = "repeat_every_days")
    public Integer repeatEveryDays;

    @Column(name = "max_sends", nullable = false)
    public int maxSends;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    public ReminderChannel channel;

    @Column(name = "window_start", nullable = false)
    public LocalTime windowStart;

    @Column(name = "window_end", nullable = false)
    public LocalTime windowEnd;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<ReminderRule> allActive() {
        return list("active = true order by id");
    }

    public static Optional<ReminderRule> activeFor(long orgUnitId, ReminderKind kind) {
        return find("orgUnitId = ?1 and kind = ?2 and active = true", orgUnitId, kind).firstResultOptional();
    }

    /** The timing part the planner computes with (immutable, safe to share across threads). */
    public ReminderTiming timing() {
        return new ReminderTiming(kind, daysOffset, sendAt, repeatEveryDays == null ? 0 : repeatEveryDays, maxSends,
                windowStart, windowEnd);
    }
}
