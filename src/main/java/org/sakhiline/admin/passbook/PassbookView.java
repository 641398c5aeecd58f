package org.sakhiline.admin.passbook;

import java.util.List;
import java.util.Map;

/**
 * A passbook page, every word in her language ({@code t}) and every amount and date already written out.
 *
 * @param lang      the page's language tag (hi, hi-Latn, ur, ...), for the lang attribute
 * @param fromIso   the period as the date inputs need it
 */
public record PassbookView(long memberId, String name, String nameNative, String lang, boolean rtl, Map<String, String> t,
                           int memberNo, String shgCode, String shgName, String fromIso, String toIso, String fromText,
                           String toText, String opening, String closing, String deposited, String withdrawn,
                           String pageOpening, List<EntryRow> entries, String shown, String previousUrl, String nextUrl,
                           List<LoanView> loans, String error) {

    public record EntryRow(long txnId, String date, String type, String amount, String balance, boolean reversal) {}

    public record LoanView(long loanId, String fund, String principal, String disbursed, String toRepay, String atStart,
                           String atEnd, List<InstalmentRow> instalments, List<RepaymentRow> repayments) {}

    public record InstalmentRow(int seq, String dueDate, String due, String paid) {}

    public record RepaymentRow(String date, String amount) {}
}
