package org.sakhiline.admin.dashboard;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.par.PortfolioAtRisk;

/**
 * PAR lines of every VO under a root, from the reports' {@link PortfolioAtRisk}: the root itself when it is a VO,
 * else found through the federations above (one report per federation). For a whole federation that is a dozen
 * reports, too slow to compute per page view, so results are kept for {@code par-cache-seconds} and the roots asked
 * for in the last quarter of an hour are recomputed in the background every {@code par-refresh-every}: a page shows
 * PAR at most that old, and never waits for it after the first view.
 */
@ApplicationScoped
public class ParByVo {

    private static final Duration WATCHED = Duration.ofMinutes(15);

    private final PortfolioAtRisk par;
    private final DashboardConfig config;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    public ParByVo(PortfolioAtRisk par, DashboardConfig config) {
        this.par = par;
        this.config = config;
    }

    private record Key(Long root, LocalDate day) {}

    private record Kept(List<ReportLine<ParFigures>> vos, Instant computedAt, Instant askedAt) {}

    public List<ReportLine<ParFigures>> vos(Long root, LocalDate day) {
        Key key = new Key(root, day);
        Instant now = Instant.now();
        Kept k = kept.get(key);
        if (k == null || !k.computedAt().plusSeconds(config.parCacheSeconds()).isAfter(now)) {
            k = new Kept(compute(root, day), now, now);
        } else {
            k = new Kept(k.vos(), k.computedAt(), now);
        }
        kept.put(key, k);
        return k.vos();
    }

    @Scheduled(identity = "dashboard-par-refresh", every = "${sakhiline.dashboard.par-refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Instant now = Instant.now();
        kept.entrySet().removeIf(e -> e.getValue().askedAt().plus(WATCHED).isBefore(now) || e.getKey().day().isBefore(
                LocalDate.now().minusDays(1)));
        for (Map.Entry<Key, Kept> e : kept.entrySet()) {
            kept.put(e.getKey(), new Kept(compute(e.getKey().root(), e.getKey().day()), Instant.now(), e.getValue().askedAt()));
        }
    }

    private List<ReportLine<ParFigures>> compute(Long root, LocalDate day) {
        List<ReportLine<ParFigures>> out = new ArrayList<>();
        collect(par.report(root, day), day, out, 0);
        return List.copyOf(out);
    }

    private void collect(ParReport report, LocalDate day, List<ReportLine<ParFigures>> out, int depth) {
        if ("VO".equals(report.root().level())) {
            out.add(report.total());
            return;
        }
        for (ReportLine<ParFigures> line : report.lines()) {
            String level = line.unit().level();
            if ("VO".equals(level)) {
                out.add(line);
            } else if (("CLF".equals(level) || "LSO".equals(level)) && depth < 3) {
                collect(par.report(line.unit().id(), day), day, out, depth + 1);
            }
        }
    }
}
