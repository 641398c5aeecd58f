package org.sakhiline.admin.sheets;

import java.util.List;

/**
 * One meeting sheet as the console shows it: the table (editable while it is being entered), totals, what
 * she may do next, the history in words and the members' WRONG flags. Amounts are already written for people.
 *
 * @param country    IN or PK: how the live totals group digits
 * @param editable the sheet is being entered: the table is a form
 * @param checkable it waits for confirmation and the reader may check it (she made none of it)
 * @param makerNote why the reader may not check it (she entered or submitted it), else empty
 * @param correctable confirmed: each line has a "Correct" link
 * @param typedReason the reason she typed for sending it back, shown again when that was refused
 * @param unsaved her entries a refused save could not keep on a sheet no longer being entered, written out
 */
public record SheetPage(long sheetId, long meetingId, long shgId, String shgCode, String shgName, String country, String meetingDate,
                        String zone, String status, String statusTone, long version, boolean editable, boolean checkable,
                        String makerNote, boolean correctable, List<Row> rows, Totals totals, String cashField,
                        String rejectedReason, List<HistoryRow> history, List<FlagRow> flags, String notice, String error,
                        List<String> unsaved, String typedReason) {

    /** One member's line; {@code *Field} values are what the inputs hold (her typed text after a refused save). */
    public record Row(long memberId, String number, String name, String nameNative, String attendance,
                      String attendanceWords, String savingsField, String savingsPrefill, String savings, String fineField, String fine, List<Cell> repayments, String usualSavings, String collected,
                      int openFlags, boolean entered, String savedMeanwhile) {

        public String savingsName() {
            return SheetForm.savingsField(memberId);
        }

        public String fineName() {
            return SheetForm.fineField(memberId);
        }

        public String attendanceName() {
            return SheetForm.attendanceField(memberId);
        }
    }

    /** A repayment against one open loan: due by the meeting date, left on the loan, and what is entered. */
    public record Cell(long loanId, String loanRef, String due, String outstanding, String field, String prefill,
                       String amount, String name) {}

    public record Totals(int present, int absent, int onLeave, int notEntered, String savings, String repaid, String fines,
                         String collected, String cashCounted, String difference, String differenceTone) {}

    /** "Rekha Kumari (bookkeeper) on her phone (USSD) saved entries, 12 Dec 2026, 10:42 IST". */
    public record HistoryRow(String who, String what, String how, String when, String note) {}

    public record FlagRow(long flagId, String memberName, String when, String text, boolean resolved) {}
}
