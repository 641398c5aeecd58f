package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** PAR30 by VO: the VOs above the threshold (attention) and the chart. Filled from reports' PortfolioAtRisk. */
@ApplicationScoped
public class VoRisk implements AttentionSource {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<AttentionItem> items(DashboardScope scope) {
        return List.of();
    }

    Optional<DashboardView.Panel> panel(DashboardScope scope) {
        return Optional.empty();
    }
}
