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
        String weeks = config.quietDaysWeekly() % 7 == 0 ? config.quietDaysWeekly() / 7 + " weeks" : config.quietDaysWeekly() + " days";
        return List.of(new AttentionItem("quiet-groups",
                (n == 1 ? "1 group has" : n + " groups have") + " held no meeting in " + weeks,
                "Monthly groups are counted after " + config.quietDaysMonthly() + " days.", "/admin/dashboard/quiet-groups",
                n == 1 ? "See the group" : "See the groups"));
    }

    public long count(DashboardScope scope) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) " + QUIET.formatted(filter(scope))), scope)
                .getSingleResult()).longValue();
    }

    /** A page of the list, longest quiet first (never met, then the oldest last meeting). */
    @SuppressWarnings("unchecked")
    public List<QuietGroup> list(DashboardScope scope, int page) {
        List<Object[]> rows = bind(em.createNativeQuery("""
                SELECT o.id, o.code, o.name, (SELECT v.code FROM org_unit v WHERE v.id = o.parent_id), p.meeting_frequency,
                       (SELECT MAX(m.meeting_date) FROM meeting m WHERE m.shg_id = o.id AND m.status = 'HELD'
                        AND m.meeting_date <= :today) AS last_held
                """ + QUIET.formatted(filter(scope)) + " ORDER BY last_held IS NOT NULL, last_held, o.code"), scope)
                .setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        List<QuietGroup> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new QuietGroup(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    SqlDates.toLocalDate(r[5])));
        }
        return out;
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
