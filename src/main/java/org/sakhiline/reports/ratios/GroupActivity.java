package org.sakhiline.reports.ratios;

import static org.sakhiline.reports.Cells.date;
import static org.sakhiline.reports.Cells.num;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Members, savings by value date and meetings with their attendance counts for a set of groups, keyed by
 * group (or by member under a group root): what the ratios other than loans are counted from. Savings
 * come summed per key and day by the database, so a group is a few hundred rows whatever its history.
 */
public final class GroupActivity {

    record Joined(long key, LocalDate joinedOn, LocalDate exitedOn) {}

    record Saved(long key, LocalDate day, long paise) {}

    record Met(long key, LocalDate day, String status, long marks, long present) {}

    /** The part of a line's ratio figures that is not about loans (loan fields zero). */
    public record Counts(long members, long membersAtStart, long dropOuts, long meetingsHeld, long meetingsCancelled,
                         long present, long expected, long savingsPaise) {}

    private final List<Joined> members = new ArrayList<>();
    private final List<Saved> savings = new ArrayList<>();
    private final List<Met> meetings = new ArrayList<>();

    public static GroupActivity read(EntityManager em, List<Long> groupIds, boolean byMember) {
        GroupActivity a = new GroupActivity();
        if (groupIds.isEmpty()) {
            return a;
        }
        String key = byMember ? "m.id" : "m.shg_id";
        for (Object r : em.createNativeQuery("SELECT " + key + ", m.joined_on, m.exited_on FROM member m WHERE m.shg_id IN (:g)")
                .setParameter("g", groupIds).getResultList()) {
            Object[] c = (Object[]) r;
            a.members.add(new Joined(num(c[0]), date(c[1]), date(c[2])));
        }
        for (Object r : em.createNativeQuery("SELECT " + key + ", t.value_date, SUM(t.amount_paise) FROM member m"
                        + " JOIN savings_txn t ON t.member_id = m.id WHERE m.shg_id IN (:g) GROUP BY " + key + ", t.value_date")
                .setParameter("g", groupIds).getResultList()) {
            Object[] c = (Object[]) r;
            a.savings.add(new Saved(num(c[0]), date(c[1]), num(c[2])));
        }
        String meetingSql = byMember
                ? "SELECT a.member_id, mt.meeting_date, mt.status, 1, CASE WHEN a.present THEN 1 ELSE 0 END FROM meeting mt"
                  + " JOIN meeting_attendance a ON a.meeting_id = mt.id WHERE mt.shg_id IN (:g)"
                : "SELECT mt.shg_id, mt.meeting_date, mt.status, COUNT(a.member_id), COALESCE(SUM(a.present), 0) FROM meeting mt"
                  + " LEFT JOIN meeting_attendance a ON a.meeting_id = mt.id WHERE mt.shg_id IN (:g) GROUP BY mt.id";
        for (Object r : em.createNativeQuery(meetingSql).setParameter("g", groupIds).getResultList()) {
            Object[] c = (Object[]) r;
            a.meetings.add(new Met(num(c[0]), date(c[1]), (String) c[2], num(c[3]), num(c[4])));
        }
        return a;
    }

    /** Counts per key for the period, by the definitions in {@link RatiosReport#DEFINITIONS}. */
    public Map<Long, Counts> counts(LocalDate from, LocalDate to) {
        Map<Long, long[]> sums = new LinkedHashMap<>();
        for (Joined j : members) {
            long[] s = sums.computeIfAbsent(j.key(), k -> new long[8]);
            boolean inAtEnd = !j.joinedOn().isAfter(to) && (j.exitedOn() == null || j.exitedOn().isAfter(to));
            boolean inAtStart = j.joinedOn().isBefore(from) && (j.exitedOn() == null || !j.exitedOn().isBefore(from));
            boolean left = j.exitedOn() != null && !j.exitedOn().isBefore(from) && !j.exitedOn().isAfter(to);
            s[0] += inAtEnd ? 1 : 0;
            s[1] += inAtStart ? 1 : 0;
            s[2] += left ? 1 : 0;
        }
        for (Met m : meetings) {
            if (m.day().isBefore(from) || m.day().isAfter(to)) {
                continue;
            }
            long[] s = sums.computeIfAbsent(m.key(), k -> new long[8]);
            if ("HELD".equals(m.status())) {
                s[3]++;
                s[5] += m.present();
                s[6] += m.marks();
            } else if ("CANCELLED".equals(m.status())) {
                s[4]++;
            }
        }
        for (Saved v : savings) {
            if (!v.day().isAfter(to)) {
                sums.computeIfAbsent(v.key(), k -> new long[8])[7] += v.paise();
            }
        }
        Map<Long, Counts> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, new Counts(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])));
        return out;
    }

    /** The earliest day anything happened (for how far back a roll-up goes), or null. */
    public LocalDate earliest() {
        LocalDate e = null;
        for (Joined j : members) {
            e = e == null || j.joinedOn().isBefore(e) ? j.joinedOn() : e;
        }
        for (Met m : meetings) {
            e = e == null || m.day().isBefore(e) ? m.day() : e;
        }
        for (Saved v : savings) {
            e = e == null || v.day().isBefore(e) ? v.day() : e;
        }
        return e;
    }
}
