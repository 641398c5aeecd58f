package org.sakhiline.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sakhiline.books.loans.FundSource;

/**
 * Adds query rows keyed by SHG (or member) and fund source into the tree's drill-down lines and the root's
 * total. Every line of the tree appears, with zero figures when it has no rows.
 */
public final class ReportLines<F extends Figures<F>> {

    private final ReportTree tree;
    private final Supplier<F> zero;
    private final Map<Long, F> totals = new LinkedHashMap<>();
    private final Map<Long, Map<FundSource, F>> funds = new LinkedHashMap<>();
    private F rootTotal;
    private final Map<FundSource, F> rootFunds = new EnumMap<>(FundSource.class);

    public ReportLines(ReportTree tree, Supplier<F> zero) {
        this.tree = tree;
        this.zero = zero;
        this.rootTotal = zero.get();
    }

    /** Adds one row; {@code fund} may be null for figures that are not per fund source. Rows outside the tree are ignored. */
    public void add(long key, FundSource fund, F figures) {
        ReportUnit line = tree.lineOf(key);
        if (line == null) {
            return;
        }
        totals.merge(line.id(), figures, F::plus);
        rootTotal = rootTotal.plus(figures);
        if (fund != null) {
            funds.computeIfAbsent(line.id(), k -> new EnumMap<>(FundSource.class)).merge(fund, figures, F::plus);
            rootFunds.merge(fund, figures, F::plus);
        }
    }

    public List<ReportLine<F>> lines() {
        List<ReportLine<F>> out = new ArrayList<>();
        for (ReportUnit u : tree.lines()) {
            out.add(new ReportLine<>(u, totals.getOrDefault(u.id(), zero.get()), funds.getOrDefault(u.id(), Map.of())));
        }
        return out;
    }

    public ReportLine<F> total() {
        return new ReportLine<>(tree.root(), rootTotal, rootFunds);
    }
}
