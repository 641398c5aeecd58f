package org.sakhiline.books.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sakhiline.books.org.MeetingRule;
import org.sakhiline.books.org.ShgProfile;

/**
 * A group's meeting calendar as pure data: the rule, time, place and zone from its profile. Decides
 * which meeting comes next from the generated rows, whoever read them ({@link MeetingService} through
 * Hibernate, {@link MemberBooksReader} with plain JDBC), so both give the same answer.
 */
public record MeetingSchedule(long shgId, MeetingRule rule, LocalTime time, String place, ZoneId zone) {

    /** How far ahead the generated rows are looked at before falling back to the rule alone. */
    static final int LOOKAHEAD_DAYS = 62;

    public static MeetingSchedule of(ShgProfile p) {
        return new MeetingSchedule(p.orgUnitId, p.meetingRule(), p.meetingTime, p.meetingPlace, p.zone());
    }

    /** The group's local date at {@code now}. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** Last day of the window whose generated rows {@link #next} needs: {@code today} .. this. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(LOOKAHEAD_DAYS);
    }

    /**
     * The first SCHEDULED occurrence starting after {@code now}. A rule date with no row yet counts as
     * scheduled; a date whose row is HELD or CANCELLED is skipped.
     *
     * @param rowsInWindow      the group's generated rows dated {@link #today} .. {@link #horizon}, by date
     * @param scheduledAfter    the first SCHEDULED row dated after the given day; asked only when everything
     *                          in the window is held or cancelled
     */
    public NextMeeting next(Instant now, List<MeetingSummary> rowsInWindow,
                            Function<LocalDate, Optional<MeetingSummary>> scheduledAfter) {
        LocalDate today = today(now);
        LocalDate horizon = horizon(today);
        Map<LocalDate, MeetingSummary> byDate = rowsInWindow.stream()
                .collect(Collectors.toMap(MeetingSummary::date, Function.identity()));
        NextMeeting fromRows = rowsInWindow.stream()
                .filter(r -> r.status() == MeetingStatus.SCHEDULED && startsAfter(r.date(), r.startTime(), now))
                .findFirst().map(this::next).orElse(null);
        NextMeeting fromRule = rule.datesBetween(today, horizon).stream()
                .filter(d -> !byDate.containsKey(d) && startsAfter(d, time, now))
                .findFirst().map(this::computed).orElse(null);
        if (fromRows != null || fromRule != null) {
            if (fromRows == null) {
                return fromRule;
            }
            if (fromRule == null) {
                return fromRows;
            }
            return fromRule.startsAt().isBefore(fromRows.startsAt()) ? fromRule : fromRows;
        }
        // Everything in the window is held or cancelled: take the next generated row, else the rule.
        Optional<MeetingSummary> later = scheduledAfter.apply(horizon);
        NextMeeting ruleLater = computed(rule.firstOnOrAfter(horizon.plusDays(1)));
        if (later.isPresent() && !later.get().date().isAfter(ruleLater.date())) {
            return next(later.get());
        }
        return ruleLater;
    }

    /**
     * The SCHEDULED occurrence on {@code date}, if the group meets then, for callers that ask about given
     * dates in bulk (the reminder planner). As in {@link #next}: the generated row decides (HELD or
     * CANCELLED: none); with no row, a rule date is a meeting at the profile's time and place.
     *
     * @param row the group's generated row dated {@code date}, or null when there is none
     */
    public Optional<NextMeeting> scheduledOn(LocalDate date, MeetingSummary row) {
        if (row != null) {
            if (row.shgId() != shgId || !row.date().equals(date)) {
                throw new IllegalArgumentException("meeting " + row.meetingId() + " is not group " + shgId + "'s on " + date);
            }
            return row.status() == MeetingStatus.SCHEDULED ? Optional.of(next(row)) : Optional.empty();
        }
        return rule.firstOnOrAfter(date).equals(date) ? Optional.of(computed(date)) : Optional.empty();
    }

    private boolean startsAfter(LocalDate d, LocalTime t, Instant now) {
        return ZonedDateTime.of(d, t, zone).toInstant().isAfter(now);
    }

    private NextMeeting next(MeetingSummary r) {
        return new NextMeeting(r.meetingId(), r.shgId(), r.date(), r.startTime(), r.place(), zone,
                ZonedDateTime.of(r.date(), r.startTime(), zone).toInstant());
    }

    private NextMeeting computed(LocalDate d) {
        return new NextMeeting(null, shgId, d, time, place, zone, ZonedDateTime.of(d, time, zone).toInstant());
    }
}
