package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.rollup.MonthlyRollup;
import org.sakhiline.support.charts.Chart;
import org.sakhiline.support.charts.SvgCharts;

/**
 * The console's landing page for the signed-in user's part of the federation: the attention items of every
 * {@link AttentionSource}, then the trends (savings and loans by month, PAR by VO, messages by week).
 */
@ApplicationScoped
public class Dashboard {

    private static final Logger LOG = Logger.getLogger(Dashboard.class);

    private final AccessScope access;
    private final Instance<AttentionSource> sources;
    private final MonthlyRollup rollup;
    private final MessageFigures messages;
    private final VoRisk risk;
    private final DashboardConfig config;
    private final EntityManager em;
    private final Clock clock;

    public Dashboard(AccessScope access, @Any Instance<AttentionSource> sources, MonthlyRollup rollup, MessageFigures messages,
                     VoRisk risk, DashboardConfig config, EntityManager em, Clock clock) {
        this.access = access;
        this.sources = sources;
        this.rollup = rollup;
        this.messages = messages;
        this.risk = risk;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /** The signed-in user's subtree, her zone and now. */
    public DashboardScope scope() {
        Long root = access.scopeRoot();
        String country = (String) em.createNativeQuery(root == null
                        ? "SELECT CASE WHEN EXISTS (SELECT 1 FROM org_unit WHERE country = 'IN') OR NOT EXISTS (SELECT 1 FROM org_unit)"
                          + " THEN 'IN' ELSE 'PK' END"
                        : "SELECT country FROM org_unit WHERE id = " + root.longValue())
                .getResultList().stream().findFirst().orElse("IN");
        return new DashboardScope(access.subtreeUnitIds(), root, LocalTimes.zoneOf(country), clock.instant());
    }

    public DashboardView view() {
        DashboardScope scope = scope();
        List<AttentionItem> items = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (AttentionSource source : sources.stream().sorted(Comparator.comparingInt(AttentionSource::order)).toList()) {
            try {
                items.addAll(source.items(scope));
            } catch (RuntimeException e) {
                LOG.warnf(e, "dashboard: %s failed", source.getClass().getSimpleName());
                unchecked.add(describe(source));
            }
        }
        boolean western = LocalTimes.PAKISTAN.equals(scope.zone());
        YearMonth thisMonth = YearMonth.from(scope.today());
        Chart savings = TrendCharts.savingsAndLoans(rollup.monthly(scope.units(), thisMonth.minusMonths(config.trendMonths() - 1L),
                thisMonth), western);
        Chart sent = TrendCharts.messages(messages.weekly(scope, config.trendWeeks()));
        List<DashboardView.Panel> panels = new ArrayList<>();
        panels.add(new DashboardView.Panel("savings-loans", "Savings and loans", "Balances at each month's end, by the entries' dates.",
                savings, SvgCharts.line(savings), "/admin/org-units", "See the groups", "Month"));
        risk.panel(scope).ifPresent(panels::add);
        panels.add(new DashboardView.Panel("messages", "Messages", "SMS and calls to members, by the week they were written "
                + "(Monday to Sunday, " + LocalTimes.zoneName(scope.zone()) + "). Failed includes undelivered and given up.",
                sent, SvgCharts.bars(sent), "/admin/outbox?status=failed", "See failed messages", "Week from"));
        return new DashboardView(scopeLabel(scope), LocalTimes.stamp(scope.now(), scope.zone()), items, unchecked, panels);
    }

    private String scopeLabel(DashboardScope scope) {
        if (scope.rootId() == null) {
            return "The whole federation";
        }
        Object[] r = (Object[]) em.createNativeQuery("SELECT code, name FROM org_unit WHERE id = ?1")
                .setParameter(1, scope.rootId()).getSingleResult();
        return r[1] + " (" + r[0] + ") and the groups under it";
    }

    private static String describe(AttentionSource source) {
        String name = source.getClass().getSimpleName().replaceAll("_Subclass$|_ClientProxy$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
