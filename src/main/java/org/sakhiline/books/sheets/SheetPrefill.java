package org.sakhiline.books.sheets;

import static org.sakhiline.books.sheets.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.meetings.MeetingStatus;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Opens a meeting's sheet once: one line per member ACTIVE in the group, in member-number order, prefilled
 * with the group's default savings and, per open loan, what her schedule has due by the meeting date
 * (arrears included, never above what is left: {@link LoanService#dues}). Lines start "not entered".
 */
@ApplicationScoped
public class SheetPrefill {

    private final EntityManager em;
    private final LoanService loans;
    private final SheetCheckers checkers;
    private final SheetHistory history;

    public SheetPrefill(EntityManager em, LoanService loans, SheetCheckers checkers, SheetHistory history) {
        this.em = em;
        this.loans = loans;
        this.checkers = checkers;
        this.history = history;
    }

    /** The meeting as a sheet needs it, refused when cancelled or in the future. */
    private record MeetingFacts(long meetingId, long shgId, LocalDate date, String status, ShgProfile profile) {}

    /**
     * The meeting's sheet id, creating and prefilling the sheet if there is none. Race-safe: the unique key on
     * meeting_id lets one opener insert; the other waits on it and finds the winner's sheet.
     */
    long openOrFind(long meetingId, SheetActor actor, Instant now) {
        MeetingFacts m = meeting(meetingId);
        checkers.requireOpener(m.shgId(), actor);
        // A plain read first: a locking read of a missing row would take a gap lock that two openers deadlock on.
        List<?> existing = em.createNativeQuery("SELECT id FROM meeting_sheet WHERE meeting_id = ?1").setParameter(1, meetingId)
                .getResultList();
        if (!existing.isEmpty()) {
            return num(existing.get(0));
        }
        requireRecordable(m, now);
        // LAST_INSERT_ID(0) on a duplicate: 0 tells "someone else opened it", the new id tells "we did".
        em.createNativeQuery("INSERT INTO meeting_sheet (meeting_id, shg_id, status, version, created_at, updated_at)"
                        + " VALUES (?1, ?2, 'DRAFT', 0, ?3, ?3) ON DUPLICATE KEY UPDATE version = version + LAST_INSERT_ID(0)")
                .setParameter(1, meetingId).setParameter(2, m.shgId()).setParameter(3, now).executeUpdate();
        long sheetId = num(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        if (sheetId == 0) {
            return winner(meetingId);
        }
        for (SheetLine line : plan(m)) {
            em.createNativeQuery("INSERT INTO meeting_sheet_line (sheet_id, member_id, position, usual_savings_paise)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, sheetId).setParameter(2, line.memberId()).setParameter(3, line.position())
                    .setParameter(4, line.usualSavingsPaise()).executeUpdate();
            for (SheetRepayment r : line.repayments()) {
                em.createNativeQuery("INSERT INTO meeting_sheet_repayment (sheet_id, member_id, loan_id, due_paise)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, sheetId).setParameter(2, line.memberId()).setParameter(3, r.loanId())
                        .setParameter(4, r.duePaise()).executeUpdate();
            }
        }
        history.record(sheetId, m.shgId(), SheetHistory.OPENED, actor.actor(), actor.channel(), null, null);
        return sheetId;
    }

    /** The sheet {@link #openOrFind} would create now (sheet id 0, version 0), writing nothing. */
    SheetView wouldBe(long meetingId, Instant now) {
        MeetingFacts m = meeting(meetingId);
        requireRecordable(m, now);
        List<SheetLine> lines = plan(m);
        return new SheetView(0, meetingId, m.shgId(), OrgUnit.<OrgUnit>findById(m.shgId()).name, m.date(), m.profile().zone(),
                SheetStatus.DRAFT, 0, lines, SheetTotals.of(lines, null), null, 0);
    }

    private MeetingFacts meeting(long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT shg_id, meeting_date, status FROM meeting WHERE id = ?1")
                .setParameter(1, meetingId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("meeting", meetingId);
        }
        Object[] m = (Object[]) rows.get(0);
        long shgId = num(m[0]);
        ShgProfile profile = ShgProfile.findById(shgId);
        if (profile == null) {
            throw new NotFoundException("SHG", shgId);
        }
        return new MeetingFacts(meetingId, shgId, SqlValues.date(m[1]), (String) m[2], profile);
    }

    private static void requireRecordable(MeetingFacts m, Instant now) {
        if (MeetingStatus.CANCELLED.name().equals(m.status())) {
            throw new BusinessRuleException(SheetRules.MEETING_CANCELLED, "the meeting of " + m.date() + " was cancelled");
        }
        if (m.date().isAfter(LocalDate.ofInstant(now, m.profile().zone()))) {
            throw new BusinessRuleException(SheetRules.MEETING_IN_FUTURE, "the meeting of " + m.date() + " has not happened yet");
        }
    }

    /** A locking read: it sees the sheet another opener committed after this transaction's snapshot. */
    private long winner(long meetingId) {
        return num(em.createNativeQuery("SELECT id FROM meeting_sheet WHERE meeting_id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, meetingId).getSingleResult());
    }

    /** The prefilled, not-entered lines of the group's active members. */
    private List<SheetLine> plan(MeetingFacts m) {
        List<?> members = em.createNativeQuery("SELECT id, member_no, name, name_native FROM member WHERE shg_id = ?1"
                + " AND status = 'ACTIVE' ORDER BY member_no").setParameter(1, m.shgId()).getResultList();
        List<SheetLine> lines = new ArrayList<>(members.size());
        for (Object o : members) {
            Object[] r = (Object[]) o;
            long memberId = num(r[0]);
            List<SheetRepayment> repayments = new ArrayList<>();
            for (LoanDues.LoanDue due : loans.dues(memberId, m.date(), null).loans()) {
                repayments.add(new SheetRepayment(due.loanId(), SheetViews.loanRef(due.loanId()),
                        Math.min(due.amountDuePaise(), due.outstandingPaise()), due.outstandingPaise(), 0));
            }
            lines.add(new SheetLine(memberId, String.valueOf(num(r[1])), (String) r[2], (String) r[3], lines.size() + 1, null,
                    0, 0, repayments, m.profile().defaultSavingsPaise, 0));
        }
        return lines;
    }
}
