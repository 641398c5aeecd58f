package org.sakhiline.admin.dashboard;

/**
 * The reports' definitions in English as message templates for {@link BookPageMessages} (the lines joined by " || "):
 * the reports keep them as lists, a message needs one constant. ReportDefinitionsTest keeps each equal to its report's list.
 */
final class BookDefinitions {

    static final String SEPARATOR = " || ";

    static final String PAR = "Outstanding: principal disbursed on or before the date and not repaid by it (repayments count on "
            + "their value date). || Days overdue: days since the oldest instalment still unpaid on the date fell "
            + "due, less the loan's grace days. || PAR30, PAR60, PAR90: outstanding principal of loans more than "
            + "30, 60 or 90 days overdue; the share is that amount divided by all outstanding principal. || "
            + "Overdue: unpaid principal and service charge of instalments past their due date plus grace. || "
            + "Dates are the groups' own calendar dates (India Standard Time or Pakistan Standard Time).";

    static final String DCB = "Amounts are principal plus service charge. Repayments count on their value date; a reversal counts "
            + "(negative) on its own value date. || Arrears at start: instalments due before the first day and "
            + "still unpaid at the end of the day before. || Due in period: instalments falling due from the first "
            + "to the last day, in full. || Paid ahead earlier: what had already been paid, before the period "
            + "began, on instalments due in it. || Demand = arrears at start + due in period − paid ahead earlier. "
            + "|| Collection against demand: repayments value-dated in the period that went to instalments due by "
            + "its last day. Advance: those that went to instalments due later. || Balance = demand − collection "
            + "against demand: everything due by the last day and still unpaid then. || Overdue at end: the part "
            + "of the balance past its due date plus the loan's grace days on the last day. || Collection rate = "
            + "collection against demand ÷ demand. || Dates are the groups' own calendar dates (India Standard "
            + "Time or Pakistan Standard Time).";

    static final String RATIOS = "Members: members who had joined by the last day and had not exited by it. || Attendance rate: marks "
            + "'present' ÷ all attendance marks at meetings held in the period (cancelled meetings count for "
            + "neither). || Savings per member: savings balance on the last day (by value date) ÷ members. || "
            + "Loans outstanding per member: principal outstanding on the last day, all fund sources, ÷ members. "
            + "|| Share of savings lent out: principal outstanding on loans from the group's own funds ÷ savings "
            + "balance. || Repayment rate: collection against demand ÷ demand, as in the DCB report for the same "
            + "period. || Drop-outs: members who exited in the period; the rate divides by members at the start of "
            + "the period. || Dates are the groups' own calendar dates (India Standard Time or Pakistan Standard "
            + "Time).";

    static final String GRADING = "Each sutra is scored 0–100 over the group's last N meetings up to the grading day (N is set by the "
            + "federation). || Regular meetings: meetings held ÷ meetings in the window (cancelled and unrecorded "
            + "ones count against). || Regular savings: times a member on the roll saved at a meeting held ÷ "
            + "members on the roll × meetings held. || Regular inter-loaning: members with a loan from the group's "
            + "own funds in the window ÷ members; half of the members earns full marks. || Timely repayment: "
            + "amount of instalments due in the window paid by due date plus grace ÷ amount due (full marks when "
            + "nothing fell due). || Up-to-date books: meetings held with attendance and at least one entry dated "
            + "that day ÷ meetings held. || Grade: the average of the five; A from the A threshold up, B from the "
            + "B threshold up, else C.";

    private BookDefinitions() {}
}
