package org.sakhiline.reports.par;

import java.time.LocalDate;
import java.util.List;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.ReportUnit;

/**
 * Portfolio at risk for a subtree on a date: the root's total and one line per unit below it (VOs under a
 * federation, SHGs under a VO, members under an SHG), each also per fund source.
 */
public record ParReport(ReportUnit root, LocalDate asOf, ReportLine<ParFigures> total, List<ReportLine<ParFigures>> lines,
                        List<String> definitions) {

    public static final List<String> DEFINITIONS = List.of(
            "Outstanding: principal disbursed on or before the date and not repaid by it (repayments count on their value date).",
            "Days overdue: days since the oldest instalment still unpaid on the date fell due, less the loan's grace days.",
            "PAR30, PAR60, PAR90: outstanding principal of loans more than 30, 60 or 90 days overdue; "
                    + "the share is that amount divided by all outstanding principal.",
            "Overdue: unpaid principal and service charge of instalments past their due date plus grace.",
            "Dates are the groups' own calendar dates (India Standard Time or Pakistan Standard Time).");
}
