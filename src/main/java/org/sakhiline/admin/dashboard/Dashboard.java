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
    private final ReaderZone readerZone;

    public Dashboard(AccessScope access, @Any Instance<AttentionSource> sources, MonthlyRollup rollup, MessageFigures messages,
                     VoRisk risk, DashboardConfig config, EntityManager em, Clock clock, ReaderZone readerZone) {
        this.access = access;
        this.sources = sources;
        this.rollup = rollup;
        this.messages = messages;
        this.risk = risk;
        this.config = config;
        this.em = em;
        this.clock = clock;
        this.readerZone = readerZone;
    }

    /** The signed-in user's subtree, her zone and now. */
    public DashboardScope scope() {
        Long root = access.scopeRoot();
        return new DashboardScope(access.subtreeUnitIds(), root, readerZone.zone(), clock.instant());
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
                unchecked.add(source.what());
            }
        }
        BookPageMessages m = BookTexts.m();
        boolean western = LocalTimes.PAKISTAN.equals(scope.zone());
        YearMonth thisMonth = YearMonth.from(scope.today());
        Chart savings = TrendCharts.savingsAndLoans(rollup.monthly(scope.units(), thisMonth.minusMonths(config.trendMonths() - 1L),
                thisMonth), western);
        Chart sent = TrendCharts.messages(messages.weekly(scope, config.trendWeeks()));
        List<DashboardView.Panel> panels = new ArrayList<>();
        panels.add(new DashboardView.Panel("savings-loans", m.dash_savings_heading(), m.dash_savings_note(),
                savings, SvgCharts.line(savings), "/admin/org-units", m.dash_see_groups(), m.dash_month()));
        risk.panel(scope).ifPresent(panels::add);
        panels.add(new DashboardView.Panel("messages", m.dash_messages_heading(), m.dash_messages_note(LocalTimes.zoneName(scope.zone())),
                sent, SvgCharts.bars(sent), "/admin/outbox?status=failed", m.dash_see_failed(), m.dash_week_from()));
        List<AttentionItem> alerts = items.stream().filter(AttentionItem::alert).toList();
        return new DashboardView(scopeLabel(scope), LocalTimes.stamp(scope.now(), scope.zone()), alerts,
                items.stream().filter(i -> !i.alert()).toList(), unchecked, panels);
    }

    private String scopeLabel(DashboardScope scope) {
        if (scope.rootId() == null) {
            return BookTexts.m().dash_whole_federation();
        }
        Object[] r = (Object[]) em.createNativeQuery("SELECT code, name FROM org_unit WHERE id = ?1")
                .setParameter(1, scope.rootId()).getSingleResult();
        return BookTexts.m().dash_unit_and_below((String) r[1], (String) r[0]);
    }
}
