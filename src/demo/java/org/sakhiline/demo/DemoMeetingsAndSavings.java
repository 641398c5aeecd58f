package org.sakhiline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sakhiline.demo.DemoDataGenerator.Settings;
import org.sakhiline.demo.DemoGroup.Member;

/**
 * The generator's year of a group: meetings held, cancelled and scheduled, attendance, and the savings
 * posted at them (opening balances from the passbook, deposits, withdrawals, exits and a few reversals).
 * Meetings and savings are one part because they draw from one random stream per group, in meeting order:
 * apart, the same seed would give other rows.
 */
final class DemoMeetingsAndSavings {

    private static final int FUTURE_WEEKS = 8;

    private record Meeting(long id, LocalDate date, String status, LocalDateTime startUtc) {}

    private final DemoRows rows;
    private final long seed;
    private final LocalDate anchor;
    private final LocalDate historyStart;

    DemoMeetingsAndSavings(DemoRows rows, Settings settings) {
        this.rows = rows;
        this.seed = settings.seed();
        this.anchor = settings.anchorDate();
        this.historyStart = settings.historyStart();
    }

    /**
     * The group's meetings from a year before the anchor date to eight weeks after it; for each held one, who
     * came and what each member saved or withdrew; then every member's balance.
     */
    void generate(DemoGroup g) {
        SplittableRandom rnd = DemoRandom.stream(seed, DemoRandom.MEETINGS_AND_SAVINGS, g.id);
        DemoCountry c = g.country;
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate d : meetingDates(g, historyStart, anchor.plusWeeks(FUTURE_WEEKS))) {
            String status = !d.isBefore(anchor) ? "SCHEDULED" : rnd.nextDouble() < 0.05 ? "CANCELLED" : "HELD";
            LocalDateTime startUtc = d.atTime(g.time).atZone(c.zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            Meeting m = new Meeting(rows.nextMeetingId(), d, status, startUtc);
            rows.emit(DemoTable.MEETING, m.id(), g.id, d, g.time, g.place, status);
            meetings.add(m);
            if (status.equals("HELD")) {
                g.heldDates.add(d);
            }
        }
        for (Meeting meeting : meetings) {
            if (!meeting.status().equals("HELD")) {
                continue;
            }
            for (Member m : g.members) {
                if (m.gone || m.joined.isAfter(meeting.date())) {
                    continue;
                }
                LocalDateTime at = meeting.startUtc().plusMinutes(5 + m.no);
                if (!m.opened) {
                    m.opened = true;
                    if (m.joined.isBefore(historyStart)) {
                        openingBalance(g, m, meeting, at, rnd);
                    }
                }
                if (m.exitOn != null && !meeting.date().isBefore(m.exitOn)) {
                    rows.emit(DemoTable.MEETING_ATTENDANCE, meeting.id(), m.id, true);
                    if (m.balance > 0) {
                        post(g, m, "WITHDRAWAL", -m.balance, null, "BOOKKEEPER", "member:" + g.bookkeeperId,
                                meeting.date(), null, "Exit settlement: savings returned", at);
                    }
                    m.gone = true;
                    continue;
                }
                double p = m.inactiveFrom != null && !meeting.date().isBefore(m.inactiveFrom) ? 0.05 : m.attendance;
                boolean present = rnd.nextDouble() < p;
                rows.emit(DemoTable.MEETING_ATTENDANCE, meeting.id(), m.id, present);
                if (present || rnd.nextDouble() < 0.3) { // an absent member often sends her savings with a neighbour
                    long amount = g.defaultSavings * (rnd.nextDouble() < 0.08 ? 2 : 1);
                    if (rnd.nextDouble() < 0.004) {
                        // Keyed ten times too much, reversed by the bookkeeper, then posted right.
                        long wrong = post(g, m, "DEPOSIT", amount * 10, null, depositChannel(rnd), null,
                                meeting.date(), rnd, null, at);
                        post(g, m, "REVERSAL", -amount * 10, wrong, "BOOKKEEPER", "member:" + g.bookkeeperId,
                                meeting.date(), null, "Wrong amount keyed", at.plusMinutes(20));
                        at = at.plusMinutes(21);
                    }
                    post(g, m, "DEPOSIT", amount, null, depositChannel(rnd), null, meeting.date(), rnd, null, at);
                }
                double withdrawChance = g.weekly ? 0.012 : 0.05;
                if (present && m.balance >= 20_000 && rnd.nextDouble() < withdrawChance) {
                    long amount = Math.max(1000, (long) (m.balance * (0.2 + rnd.nextDouble() * 0.3)) / 1000 * 1000);
                    String[] reasons = {"School fees", "Medicine", "Festival", "Seeds and fertiliser", "Wedding in the family"};
                    post(g, m, "WITHDRAWAL", -amount, null, "BOOKKEEPER", "member:" + g.bookkeeperId, meeting.date(),
                            null, reasons[rnd.nextInt(reasons.length)], at.plusMinutes(30));
                }
            }
        }
        for (Member m : g.members) {
            LocalDateTime updated = m.lastTxnAt != null ? m.lastTxnAt : m.joined.atStartOfDay();
            rows.emit(DemoTable.SAVINGS_BALANCE, m.id, m.balance, m.lastTxnId == 0 ? null : m.lastTxnId, updated);
        }
    }

    private void openingBalance(DemoGroup g, Member m, Meeting meeting, LocalDateTime at, SplittableRandom rnd) {
        long periods = g.weekly ? ChronoUnit.WEEKS.between(m.joined, historyStart) : ChronoUnit.MONTHS.between(m.joined, historyStart);
        long opening = (long) (g.defaultSavings * periods * (0.7 + rnd.nextDouble() * 0.25)) / 1000 * 1000;
        if (opening > 0) {
            post(g, m, "DEPOSIT", opening, null, "API", "api:migration", meeting.date(), null,
                    "Opening balance carried over from the passbook", at.minusMinutes(1));
        }
    }

    private String depositChannel(SplittableRandom rnd) {
        double c = rnd.nextDouble();
        return c < 0.80 ? "BOOKKEEPER" : c < 0.92 ? "SMS" : c < 0.97 ? "USSD" : "API";
    }

    /** Posts one savings row, keeping the running balance; returns its id. */
    private long post(DemoGroup g, Member m, String type, long amount, Long reverses, String channel, String actor,
                      LocalDate valueDate, SplittableRandom refRnd, String note, LocalDateTime at) {
        if (actor == null) {
            actor = switch (channel) {
                case "BOOKKEEPER" -> "member:" + g.bookkeeperId;
                case "API" -> "api:admin";
                default -> "staff:" + g.bankMitraId;
            };
        }
        String externalRef = channel.equals("SMS") && refRnd != null ? "SM" + DemoRandom.hex(refRnd, 32) : null;
        long id = rows.nextSavingsTxnId();
        m.balance += amount;
        if (m.balance < 0) {
            throw new IllegalStateException("generator bug: negative balance for member " + m.id);
        }
        rows.emit(DemoTable.SAVINGS_TXN, id, m.id, type, amount, m.balance, reverses, channel, actor, valueDate,
                rows.nextKey(), externalRef, note, at);
        m.lastTxnId = id;
        m.lastTxnAt = at;
        return id;
    }

    /** Meeting dates of the group's rule in [from, to), ascending. */
    static List<LocalDate> meetingDates(boolean weekly, Integer dayOfWeek, Integer weekOfMonth, Integer dayOfMonth,
                                        LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (weekly) {
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dayOfWeek))); d.isBefore(to); d = d.plusWeeks(1)) {
                dates.add(d);
            }
            return dates;
        }
        for (LocalDate month = from.withDayOfMonth(1); month.isBefore(to); month = month.plusMonths(1)) {
            LocalDate d = weekOfMonth != null
                    ? month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, DayOfWeek.of(dayOfWeek)))
                    : month.withDayOfMonth(Math.min(dayOfMonth, month.lengthOfMonth()));
            if (!d.isBefore(from) && d.isBefore(to)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private static List<LocalDate> meetingDates(DemoGroup g, LocalDate from, LocalDate to) {
        return meetingDates(g.weekly, g.dayOfWeek, g.weekOfMonth, g.dayOfMonth, from, to);
    }
}
