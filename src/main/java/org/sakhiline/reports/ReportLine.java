package org.sakhiline.reports;

import java.util.Map;
import org.sakhiline.books.loans.FundSource;

/**
 * One drill-down line of a report: a unit (or member), its figures over all fund sources, and per fund
 * source (empty for reports that are not about loans).
 */
public record ReportLine<F extends Figures<F>>(ReportUnit unit, F total, Map<FundSource, F> byFund) {}
