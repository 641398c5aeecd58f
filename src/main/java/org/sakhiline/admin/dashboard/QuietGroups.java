package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.support.SqlDates;

/**
 * Groups that have stopped meeting: no meeting marked held in the last {@code quiet-days-weekly} days (monthly
 * groups: {@code quiet-days-monthly}). Groups formed within that time are not counted. The test is a short range
 * on the (group, date) index per group — its lower bound a constant, so the index range is used — and stays quick
 * with years of meetings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuietGroups implements AttentionSource {

    public static final int PAGE_SIZE = 50;

    private static final String QUIET = """
            FROM org_unit o JOIN shg_profile p ON p.org_unit_id = o.id
            WHERE o.level IN ('SHG', 'CO') %s
              AND p.formation_date <= CASE p.meeting_frequency WHEN 'MONTHLY' THEN :monthly ELSE :weekly END
              AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.shg_id = o.id AND m.status = 'HELD' AND m.meeting_date <= :today
                              AND m.meeting_date > :monthly AND (p.meeting_frequency = 'MONTHLY' OR m.meeting_date > :weekly))""";

    private final EntityManager em;
    private final DashboardConfig config;

    public QuietGroups(EntityManager em, DashboardConfig config) {
        this.em = em;
        this.config = config;
    }

    /** One group on the list: its last meeting held (null: none ever) and its VO. */
    public record QuietGroup(long id, String code, String name, String voCode, String frequency, LocalDate lastHeld) {}

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<AttentionItem> items(DashboardScope scope) {
        long n = count(scope);
        if (n == 0) {
            return List.of();
        }
        BookPageMessages m = BookTexts.m();
        String weeks = config.quietDaysWeekly() % 7 == 0 ? m.dash_weeks(config.quietDaysWeekly() / 7) : m.dash_days(config.quietDaysWeekly());
        return List.of(new AttentionItem("quiet-groups", m.dash_quiet_item(n, weeks), m.dash_quiet_detail(config.quietDaysMonthly()),
                "/admin/dashboard/quiet-groups", m.dash_see_quiet(n)));
    }

    @Override
    public String what() {
        return BookTexts.m().dash_what_quiet();
    }

    public long count(DashboardScope scope) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) " + QUIET.formatted(filter(scope))), scope)
                .getSingleResult()).longValue();
    }

    /** A page of the list and how many there are in all. */
    public record QuietList(List<QuietGroup> page, int total) {}

    /**
     * A page of the list, longest quiet first (never met, then the oldest last meeting). The quiet groups are found
     * first and their last meetings looked up after: asked in one query, MariaDB works out the last meeting of every
     * group before filtering (seconds on 7,000 groups).
     */
    @SuppressWarnings("unchecked")
    public QuietList list(DashboardScope scope, int page) {
        List<Object[]> rows = bind(em.createNativeQuery("SELECT o.id, o.code, o.name, o.parent_id, p.meeting_frequency "
                + QUIET.formatted(filter(scope))), scope).getResultList();
        java.util.Map<Long, LocalDate> lastHeld = new java.util.HashMap<>();
        java.util.Map<Long, String> voCodes = new java.util.HashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<Long> parents = rows.stream().filter(r -> r[3] != null).map(r -> ((Number) r[3]).longValue()).distinct().toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Object o : em.createNativeQuery("SELECT shg_id, MAX(meeting_date) FROM meeting WHERE shg_id IN (:ids)"
                            + " AND status = 'HELD' AND meeting_date <= :today GROUP BY shg_id")
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .setParameter("today", Date.valueOf(scope.today())).getResultList()) {
                Object[] r = (Object[]) o;
                lastHeld.put(((Number) r[0]).longValue(), SqlDates.toLocalDate(r[1]));
            }
        }
        for (int i = 0; i < parents.size(); i += 1000) {
            for (Object o : em.createNativeQuery("SELECT id, code FROM org_unit WHERE id IN (:ids)")
                    .setParameter("ids", parents.subList(i, Math.min(parents.size(), i + 1000))).getResultList()) {
                Object[] r = (Object[]) o;
                voCodes.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        List<QuietGroup> all = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            all.add(new QuietGroup(id, (String) r[1], (String) r[2], r[3] == null ? null : voCodes.get(((Number) r[3]).longValue()),
                    (String) r[4], lastHeld.get(id)));
        }
        all.sort(java.util.Comparator.comparing((QuietGroup g) -> g.lastHeld() != null)
                .thenComparing(QuietGroup::lastHeld, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(QuietGroup::code));
        int from = Math.min(all.size(), page * PAGE_SIZE);
        return new QuietList(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), all.size());
    }

    private static String filter(DashboardScope scope) {
        return scope.everything() ? "" : "AND o.id IN (:units)";
    }

    private Query bind(Query q, DashboardScope scope) {
        LocalDate today = scope.today();
        q.setParameter("today", Date.valueOf(today))
                .setParameter("weekly", Date.valueOf(today.minusDays(config.quietDaysWeekly())))
                .setParameter("monthly", Date.valueOf(today.minusDays(config.quietDaysMonthly())));
        if (!scope.everything()) {
            q.setParameter("units", scope.unitsOrNone());
        }
        return q;
    }
}
