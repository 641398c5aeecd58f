package org.sakhiline.admin.records;

import java.util.List;

/**
 * Everything the member page shows, already formatted: who she is, her savings, one page of entries (the
 * newest, or those in a date range; each with its reversal form key), her loans instalment by instalment, and her reminder choice.
 */
public record MemberPage(Profile member, String balance, List<SavingsRow> savings, EntryRange range, Paging entries,
                         List<LoanRow> loans, String reminders, String nextMeeting, String notice, String error) {

    public MemberPage withNotice(String text) {
        return new MemberPage(member, balance, savings, range, entries, loans, reminders, nextMeeting, text, error);
    }

    public MemberPage withError(String text) {
        return new MemberPage(member, balance, savings, range, entries, loans, reminders, nextMeeting, notice, text);
    }

    /** {@code nativeLang} is the lang attribute of her name in her own script. */
    public record Profile(long id, int memberNo, String name, String nameNative, String nativeLang, boolean rtl,
                         long shgId, String shgCode, String shgName, String role, String status, String language,
                         List<String> phones, boolean pinSet) {}

    /**
     * One savings log row. {@code reversalKey} is the idempotency key of this row's reversal form: the
     * same form posted twice reverses once.
     */
    public record SavingsRow(long txnId, String valueDate, String type, String amount, String balanceAfter,
                             String channel, String actor, String note, Long reversesTxnId, Long reversedByTxnId,
                             boolean reversible, String reversalKey) {}

    public record LoanRow(long loanId, String fundSource, String principal, String terms, String disbursed,
                          String status, String totalDue, String paid, String outstanding, String overdue,
                          List<InstalmentRow> instalments) {}

    /** {@code state}: paid, overdue, due (by the next meeting), part-paid or upcoming. */
    public record InstalmentRow(int seq, String dueDate, String due, String paid, String unpaid, String state) {}
}
