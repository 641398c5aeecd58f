package org.sakhiline.books.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sakhiline.books.fines.FineLedger;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ForbiddenActorException;

/**
 * Corrects one member's line of a CONFIRMED sheet (staff in the console only). Posted rows are never edited:
 * the line's new amounts are posted first under keys {@code sheet:<id>:<member>:fix<n>:…}, then every row the
 * sheet had standing for her is reversed with the reason (new deposits first, so a reversal cannot overdraw
 * her; loan reversals before repayments, so a repayment cannot overpay). The line then shows what the books
 * hold, her open flags on the sheet are resolved and she gets a new receipt. Correcting to what the line
 * already says changes nothing, so a repeated request posts once.
 */
@ApplicationScoped
public class SheetCorrections {

    private final EntityManager em;
    private final SheetRules rules;
    private final SheetEntries entries;
    private final SheetHistory history;
    private final SheetViews views;
    private final SheetConfirmation confirmation;
    private final SheetReceipts receipts;
    private final SavingsService savings;
    private final LoanService loans;
    private final FineLedger fines;

    public SheetCorrections(EntityManager em, SheetRules rules, SheetEntries entries, SheetHistory history, SheetViews views,
                            SheetConfirmation confirmation, SheetReceipts receipts, SavingsService savings, LoanService loans,
                            FineLedger fines) {
        this.em = em;
        this.rules = rules;
        this.entries = entries;
        this.history = history;
        this.views = views;
        this.confirmation = confirmation;
        this.receipts = receipts;
        this.savings = savings;
        this.loans = loans;
        this.fines = fines;
    }

    SheetView correct(long sheetId, long memberId, LineEntry corrected, String reason, SheetActor staff, Instant now) {
        String why = SheetRules.reason(reason);
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        if (staff.isMember() || !staff.actor().startsWith("console:")) {
            throw new ForbiddenActorException(ForbiddenActorException.FORBIDDEN, "only staff in the console correct a sheet");
        }
        if (sheet.status() != SheetStatus.CONFIRMED) {
            throw new BusinessRuleException(SheetRules.NOT_CONFIRMED, "only a confirmed sheet is corrected; edit the draft instead");
        }
        SheetView before = views.build(sheetId);
        SheetLine old = before.line(memberId).orElseThrow(() -> new BusinessRuleException(SheetRules.NOT_IN_GROUP,
                "member " + memberId + " is not on this meeting's sheet"));
        // What may be repaid: what is left now plus what this sheet's standing repayment will give back.
        Map<Long, Long> room = new HashMap<>();
        Map<Long, Long> due = new HashMap<>();
        old.repayments().forEach(r -> {
            room.put(r.loanId(), r.outstandingPaise() + r.amountPaise());
            due.put(r.loanId(), r.duePaise());
        });
        rules.check(corrected, room, due);
        if (sameAs(old, corrected)) {
            return before;
        }
        int fix = 1 + ((Number) em.createNativeQuery("SELECT COUNT(*) FROM meeting_sheet_event WHERE sheet_id = ?1"
                + " AND member_id = ?2 AND event = 'CORRECTED'").setParameter(1, sheetId).setParameter(2, memberId)
                .getSingleResult()).intValue();
        String prefix = "fix" + fix + ":";
        SheetConfirmation.Standing standing = confirmation.standing(sheetId, memberId);
        String key = "sheet:" + sheetId + ":" + memberId + ":" + prefix + "rev:";
        for (long repaymentId : standing.repaymentIds()) {
            loans.reverseRepayment(repaymentId, SheetConfirmation.context(key + "loan:" + repaymentId, staff, before.meetingDate(),
                    sheetId, why));
        }
        SheetLine fixed = new SheetLine(old.memberId(), old.memberNumber(), old.name(), old.nameNative(), old.position(),
                corrected.attendance(), corrected.savingsPaise(), corrected.finePaise(), old.repayments().stream()
                .map(r -> new SheetRepayment(r.loanId(), r.loanRef(), r.duePaise(), r.outstandingPaise(),
                        corrected.repaymentsByLoan().getOrDefault(r.loanId(), 0L))).toList(),
                old.usualSavingsPaise(), old.openFlags());
        int posted = confirmation.post(sheetId, fixed, staff, before.meetingDate(), prefix, why);
        for (long txnId : standing.savingsTxnIds()) {
            savings.reverse(txnId, SheetConfirmation.context(key + "savings:" + txnId, staff, before.meetingDate(), sheetId, why));
        }
        for (long txnId : standing.fineTxnIds()) {
            fines.reverse(txnId, SheetConfirmation.context(key + "fine:" + txnId, staff, before.meetingDate(), sheetId, why));
        }
        entries.write(sheet, memberId, corrected);
        em.createNativeQuery("UPDATE meeting_sheet_flag SET resolved_at = ?1, resolved_by = ?2 WHERE sheet_id = ?3"
                        + " AND member_id = ?4 AND resolved_at IS NULL")
                .setParameter(1, now).setParameter(2, staff.actor()).setParameter(3, sheetId).setParameter(4, memberId)
                .executeUpdate();
        sheet.bump(em);
        int reversed = standing.savingsTxnIds().size() + standing.fineTxnIds().size() + standing.repaymentIds().size();
        history.record(sheet, SheetHistory.CORRECTED, staff, memberId, why + " — was " + describe(old) + "; now "
                + SheetEntries.describe(corrected) + " (" + reversed + " reversed, " + posted + " posted)");
        receipts.send(sheetId, before.meetingDate(), fixed, fix);
        return views.build(sheetId);
    }

    private static boolean sameAs(SheetLine line, LineEntry e) {
        if (line.attendance() != e.attendance() || line.savingsPaise() != e.savingsPaise() || line.finePaise() != e.finePaise()) {
            return false;
        }
        return line.repayments().stream().allMatch(r -> r.amountPaise() == e.repaymentsByLoan().getOrDefault(r.loanId(), 0L));
    }

    private static String describe(SheetLine l) {
        return l.attendance() + ": saved Rs " + l.savingsPaise() / 100 + ", repaid Rs " + l.repaidPaise() / 100
                + ", fine Rs " + l.finePaise() / 100;
    }
}
