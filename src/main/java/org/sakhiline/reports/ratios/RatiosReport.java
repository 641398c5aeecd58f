package org.sakhiline.reports.ratios;

import java.time.LocalDate;
import java.util.List;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.ReportUnit;

/** Savings-group ratios for a subtree and a period (both ends included). */
public record RatiosReport(ReportUnit root, LocalDate from, LocalDate to, ReportLine<RatioFigures> total,
                           List<ReportLine<RatioFigures>> lines, List<String> definitions) {

    public static final List<String> DEFINITIONS = List.of(
            "Members: members who had joined by the last day and had not exited by it.",
            "Attendance rate: marks 'present' ÷ all attendance marks at meetings held in the period "
                    + "(cancelled meetings count for neither).",
            "Savings per member: savings balance on the last day (by value date) ÷ members.",
            "Loans outstanding per member: principal outstanding on the last day, all fund sources, ÷ members.",
            "Share of savings lent out: principal outstanding on loans from the group's own funds ÷ savings balance.",
            "Repayment rate: collection against demand ÷ demand, as in the DCB report for the same period.",
            "Drop-outs: members who exited in the period; the rate divides by members at the start of the period.",
            "Dates are the groups' own calendar dates (India Standard Time or Pakistan Standard Time).");
}
