package org.sakhiline.books.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * What a sheet accepts, with one problem code per refusal so the API can name it and USSD can pick a short
 * text in her language. The codes are part of the contract.
 */
@ApplicationScoped
public class SheetRules {

    public static final String NOT_WHOLE_RUPEES = "not-whole-rupees";
    public static final String AMOUNT_OVER_LIMIT = "amount-over-limit";
    public static final String REPAYMENT_OVER_OUTSTANDING = "repayment-over-outstanding";
    public static final String MEMBER_EXITED = BusinessRuleException.MEMBER_EXITED;
    public static final String NOT_IN_GROUP = "not-in-group";
    public static final String NOT_HER_LOAN = "not-her-loan";
    public static final String SHEET_NOT_DRAFT = "sheet-not-draft";
    public static final String SHEET_NOT_SUBMITTED = "sheet-not-submitted";
    public static final String SHEET_INCOMPLETE = "sheet-incomplete";
    public static final String MAKER_IS_CHECKER = "maker-is-checker";
    public static final String MEETING_IN_FUTURE = "meeting-in-future";
    public static final String MEETING_CANCELLED = "meeting-cancelled";
    public static final String NOT_CONFIRMED = "sheet-not-confirmed";
    /** Cash counted and reasons are bounded too: no sheet counts more than this (Rs 1 crore). */
    static final long MAX_CASH_PAISE = 1_000_000_000L;
    static final int MAX_REASON = 500;

    private final SheetsConfig config;

    public SheetRules(SheetsConfig config) {
        this.config = config;
    }

    public long maxEntryPaise() {
        return config.maxEntryPaise();
    }

    /**
     * Checks one entry against her line: whole rupees, the per-entry limit, loans that are hers, and no
     * repayment above what is left on the loan ({@code outstandingByLoan}: her line's loans).
     */
    public void check(LineEntry entry, Map<Long, Long> outstandingByLoan) {
        check(entry, outstandingByLoan, Map.of());
    }

    /**
     * As {@link #check(LineEntry, Map)}, where a repayment may also carry paise when it is exactly the instalment
     * due on her line ({@code dueByLoan}) or exactly what is left on the loan: the books computed those amounts
     * (a loan with a service charge has paise in its schedule), she did not type them.
     */
    public void check(LineEntry entry, Map<Long, Long> outstandingByLoan, Map<Long, Long> dueByLoan) {
        if (entry == null || entry.attendance() == null) {
            throw new InvalidInputException("attendance", "must be PRESENT, ABSENT or LEAVE");
        }
        amount("savingsPaise", entry.savingsPaise());
        amount("finePaise", entry.finePaise());
        for (Map.Entry<Long, Long> r : entry.repaymentsByLoan().entrySet()) {
            Long outstanding = r.getKey() == null ? null : outstandingByLoan.get(r.getKey());
            if (outstanding == null) {
                throw new BusinessRuleException(NOT_HER_LOAN, "loan " + r.getKey() + " is not one of her open loans on this sheet");
            }
            long paid = r.getValue() == null ? 0 : r.getValue();
            boolean computedByTheBooks = paid == outstanding || paid == dueByLoan.getOrDefault(r.getKey(), -1L);
            amount("repaymentsByLoan." + r.getKey(), paid, !computedByTheBooks);
            if (paid > outstanding) {
                throw new BusinessRuleException(REPAYMENT_OVER_OUTSTANDING, "repayment of Rs " + paid / 100
                        + " is more than the Rs " + outstanding / 100 + " left on loan " + r.getKey());
            }
        }
    }

    /** Cash counted at the end of the meeting: whole rupees, not negative. */
    public void checkCash(Long cashPaise) {
        if (cashPaise == null) {
            return;
        }
        if (cashPaise < 0) {
            throw new InvalidInputException("cashCountedPaise", "must not be negative");
        }
        wholeRupees("cashCountedPaise", cashPaise);
        if (cashPaise > MAX_CASH_PAISE) {
            throw new BusinessRuleException(AMOUNT_OVER_LIMIT, "cash counted is above Rs " + MAX_CASH_PAISE / 100);
        }
    }

    /** A reject or correction names its reason: 1..500 characters. */
    public static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "must be 1.." + MAX_REASON + " characters");
        }
        return r;
    }

    public static void requireDraft(LockedSheet sheet) {
        if (sheet.status() != SheetStatus.DRAFT) {
            throw new BusinessRuleException(SHEET_NOT_DRAFT, "sheet " + sheet.id() + " is " + sheet.status()
                    + "; only a draft can be edited");
        }
    }

    private void amount(String field, long paise) {
        amount(field, paise, true);
    }

    private void amount(String field, long paise, boolean typed) {
        if (paise < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (typed) {
            wholeRupees(field, paise);
        }
        if (paise > config.maxEntryPaise()) {
            throw new BusinessRuleException(AMOUNT_OVER_LIMIT, field + ": Rs " + paise / 100 + " is above the limit of Rs "
                    + config.maxEntryPaise() / 100 + " for one entry");
        }
    }

    private static void wholeRupees(String field, long paise) {
        if (paise % 100 != 0) {
            throw new BusinessRuleException(NOT_WHOLE_RUPEES, field + ": amounts are whole rupees (" + paise + " paise is not)");
        }
    }
}
