package org.sakhiline.books.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sakhiline.books.fines.FineLedger;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.DomainException;

/**
 * Confirms a SUBMITTED sheet in the caller's one transaction: the sheet row is locked first, so a second
 * confirmation (here or on another instance) waits and then finds it CONFIRMED and posts nothing. Every
 * entry is posted through the ledger's own services with channel MEETING, the checker as actor, the meeting
 * date as value date and a system key {@code sheet:<sheet>:<member>:savings|fine|loan:<loan>}, naming the
 * sheet on its row. A posting the ledger refuses (she exited meanwhile, the loan was repaid elsewhere) rolls
 * the whole confirmation back with the reason. Attendance goes to the meeting (HELD), receipts to the outbox.
 */
@ApplicationScoped
public class SheetConfirmation {

    private final EntityManager em;
    private final SheetCheckers checkers;
    private final SheetHistory history;
    private final SheetViews views;
    private final SheetReceipts receipts;
    private final SavingsService savings;
    private final LoanService loans;
    private final FineLedger fines;
    private final MeetingService meetings;

    public SheetConfirmation(EntityManager em, SheetCheckers checkers, SheetHistory history, SheetViews views,
                             SheetReceipts receipts, SavingsService savings, LoanService loans, FineLedger fines,
                             MeetingService meetings) {
        this.em = em;
        this.checkers = checkers;
        this.history = history;
        this.views = views;
        this.receipts = receipts;
        this.savings = savings;
        this.loans = loans;
        this.fines = fines;
        this.meetings = meetings;
    }

    ConfirmResult confirm(long sheetId, SheetActor checker, Instant now) {
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        checkers.requireChecker(sheet, checker);
        if (sheet.status() == SheetStatus.CONFIRMED) {
            return new ConfirmResult(views.build(sheetId), true, 0, 0);
        }
        if (sheet.status() != SheetStatus.SUBMITTED) {
            throw new BusinessRuleException(SheetRules.SHEET_NOT_SUBMITTED, "only a submitted sheet can be confirmed");
        }
        // Read under the sheet's lock, after it: the lines are what was submitted.
        SheetView view = views.build(sheetId);
        if (view.version() != sheet.version()) {
            // The caller's transaction read the sheet before this lock: its snapshot is older than the row.
            throw new ConflictException(EditVersions.STALE, "the sheet changed while it was being confirmed; try again");
        }
        LocalDate date = view.meetingDate();
        int postings = 0;
        for (SheetLine line : view.lines()) {
            postings += post(sheetId, line, checker, date, "", null);
        }
        meetings.recordAttendance(view.meetingId(), view.lines().stream()
                .filter(l -> l.attendance() == Attendance.PRESENT).map(SheetLine::memberId).toList());
        em.createNativeQuery("UPDATE meeting_sheet SET status = 'CONFIRMED', confirmed_by = ?1, confirmed_at = ?2 WHERE id = ?3")
                .setParameter(1, checker.actor()).setParameter(2, now).setParameter(3, sheetId).executeUpdate();
        sheet.bump(em);
        int sent = 0;
        for (SheetLine line : view.lines()) {
            if (SheetReceipts.due(line)) {
                sent += receipts.send(sheetId, date, line, null);
            }
        }
        history.record(sheet, SheetHistory.CONFIRMED, checker, null, postings + " postings, " + sent + " receipts");
        return new ConfirmResult(views.build(sheetId), false, postings, sent);
    }

    /**
     * Posts one line's entries under keys {@code sheet:<sheet>:<member>:<prefix><kind>}; a ledger refusal names her.
     *
     * @return rows posted
     */
    int post(long sheetId, SheetLine line, SheetActor actor, LocalDate valueDate, String prefix, String note) {
        String key = "sheet:" + sheetId + ":" + line.memberId() + ":" + prefix;
        int posted = 0;
        try {
            if (line.savingsPaise() > 0) {
                savings.deposit(line.memberId(), line.savingsPaise(), context(key + "savings", actor, valueDate, sheetId, note));
                posted++;
            }
            if (line.finePaise() > 0) {
                fines.post(line.memberId(), line.finePaise(), context(key + "fine", actor, valueDate, sheetId, note));
                posted++;
            }
            for (SheetRepayment r : line.repayments()) {
                if (r.amountPaise() > 0) {
                    loans.repay(r.loanId(), r.amountPaise(), context(key + "loan:" + r.loanId(), actor, valueDate, sheetId, note));
                    posted++;
                }
            }
        } catch (DomainException refused) {
            throw new BusinessRuleException(refused.code(), "member no. " + line.memberNumber() + " (" + line.name()
                    + "): " + refused.getMessage() + "; nothing of this sheet was posted");
        }
        return posted;
    }

    /**
     * A sheet's posting: channel MEETING for a confirmation (by whoever checked it), the staff member's own
     * channel for a correction ({@code note} = its reason).
     */
    static PostingContext context(String key, SheetActor actor, LocalDate valueDate, long sheetId, String note) {
        Channel channel = note == null ? Channel.MEETING : actor.channel();
        return new PostingContext(key, channel, actor.actor(), valueDate, null, note).forSheet(sheetId);
    }

    /** The ids of the ledger rows a sheet posted for one member that still stand (not reversed). */
    record Standing(List<Long> savingsTxnIds, List<Long> fineTxnIds, List<Long> repaymentIds) {}

    Standing standing(long sheetId, long memberId) {
        return new Standing(ids("SELECT t.id FROM savings_txn t WHERE t.sheet_id = ?1 AND t.member_id = ?2 AND t.type = 'DEPOSIT'"
                        + " AND NOT EXISTS (SELECT 1 FROM savings_txn r WHERE r.reverses_txn_id = t.id)", sheetId, memberId),
                ids("SELECT t.id FROM fine_txn t WHERE t.sheet_id = ?1 AND t.member_id = ?2 AND t.type = 'FINE'"
                        + " AND NOT EXISTS (SELECT 1 FROM fine_txn r WHERE r.reverses_txn_id = t.id)", sheetId, memberId),
                ids("SELECT p.id FROM loan_repayment p JOIN loan l ON l.id = p.loan_id WHERE p.sheet_id = ?1 AND l.member_id = ?2"
                        + " AND p.amount_paise > 0 AND NOT EXISTS (SELECT 1 FROM loan_repayment r"
                        + " WHERE r.reverses_repayment_id = p.id)", sheetId, memberId));
    }

    private List<Long> ids(String sql, long sheetId, long memberId) {
        return em.createNativeQuery(sql).setParameter(1, sheetId).setParameter(2, memberId).getResultList().stream()
                .map(SqlValues::num).toList();
    }
}
