package org.sakhiline.books.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The group-level facts of an SHG/CO: its meeting rule and defaults. Meeting rule: WEEKLY on
 * {@code meetingDayOfWeek}; MONTHLY on the {@code meetingWeekOfMonth}-th {@code meetingDayOfWeek}, or on
 * the fixed {@code meetingDayOfMonth} when no week is given.
 */
@Entity
@Table(name = "shg_profile")
public class ShgProfile extends PanacheEntityBase {

    @Id
    @Column(name = "org_unit_id")
    public Long orgUnitId;

    @Column(name = "formation_date", nullable = false)
    public LocalDate formationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_frequency", nullable = false, length = 10)
    public MeetingFrequency meetingFrequency;

    /** 1 = Monday .. 7 = Sunday. */
    @Column(name = "meeting_day_of_week", columnDefinition = "TINYINT")
    public Integer meetingDayOfWeek;

    @Column(name = "meeting_week_of_month", columnDefinition = "TINYINT")
    public Integer meetingWeekOfMonth;

    @Column(name = "meeting_day_of_month", columnDefinition = "TINYINT")
    public Integer meetingDayOfMonth;

    @Column(name = "meeting_time", nullable = false)
    public LocalTime meetingTime;

    @Column(name = "meeting_place", nullable = false, length = 200)
    public String meetingPlace;

    @Column(name = "time_zone", nullable = false, length = 40)
    public String timeZone;

    @Column(name = "default_language", nullable = false, length = 8)
    public String defaultLanguage;

    @Column(name = "default_savings_paise", nullable = false)
    public long defaultSavingsPaise;

    @Column(name = "bank_account_masked", length = 32)
    public String bankAccountMasked;

    @Column(columnDefinition = "CHAR(1)")
    public String grade;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public MeetingRule meetingRule() {
        return new MeetingRule(meetingFrequency, meetingDayOfWeek, meetingWeekOfMonth, meetingDayOfMonth);
    }
}
