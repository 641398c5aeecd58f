package org.sakhiline.reports.dcb;

import java.time.LocalDate;
import java.util.List;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.ReportUnit;

/** DCB for a subtree and a period (both ends included): the root's total, one line per unit below, each per fund source. */
public record DcbReport(ReportUnit root, LocalDate from, LocalDate to, ReportLine<DcbFigures> total,
                        List<ReportLine<DcbFigures>> lines, List<String> definitions) {

    public static final List<String> DEFINITIONS = List.of(
            "Amounts are principal plus service charge. Repayments count on their value date; a reversal counts "
                    + "(negative) on its own value date.",
            "Arrears at start: instalments due before the first day and still unpaid at the end of the day before.",
            "Due in period: instalments falling due from the first to the last day, in full.",
            "Paid ahead earlier: what had already been paid, before the period began, on instalments due in it.",
            "Demand = arrears at start + due in period − paid ahead earlier.",
            "Collection against demand: repayments value-dated in the period that went to instalments due by its last day. "
                    + "Advance: those that went to instalments due later.",
            "Balance = demand − collection against demand: everything due by the last day and still unpaid then.",
            "Overdue at end: the part of the balance past its due date plus the loan's grace days on the last day.",
            "Collection rate = collection against demand ÷ demand.",
            "Dates are the groups' own calendar dates (India Standard Time or Pakistan Standard Time).");
}
