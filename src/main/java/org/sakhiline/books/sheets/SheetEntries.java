package org.sakhiline.books.sheets;

import static org.sakhiline.books.sheets.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.support.problem.BusinessRuleException;

/** Writes what was entered on a member's line of a draft, after {@link SheetRules} accepted it. */
@ApplicationScoped
public class SheetEntries {

    private final EntityManager em;
    private final SheetRules rules;

    public SheetEntries(EntityManager em, SheetRules rules) {
        this.em = em;
        this.rules = rules;
    }

    /** Checks and writes one line; the caller holds the sheet's lock and bumps its version. */
    void apply(LockedSheet sheet, long memberId, LineEntry entry) {
        List<?> line = em.createNativeQuery("SELECT l.id, m.status FROM meeting_sheet_line l JOIN member m ON m.id = l.member_id"
                + " WHERE l.sheet_id = ?1 AND l.member_id = ?2").setParameter(1, sheet.id()).setParameter(2, memberId).getResultList();
        if (line.isEmpty()) {
            throw notOnSheet(sheet, memberId);
        }
        Object[] l = (Object[]) line.get(0);
        Map<Long, Long> outstanding = outstandingByLoan(sheet.id(), memberId);
        rules.check(entry, outstanding, dueByLoan(sheet.id(), memberId));
        boolean money = entry.savingsPaise() + entry.finePaise() + entry.repaidPaise() > 0;
        if (money && MemberStatus.EXITED.name().equals(l[1])) {
            throw new BusinessRuleException(SheetRules.MEMBER_EXITED, "member " + memberId + " has left the group");
        }
        write(sheet, memberId, entry);
    }

    /** Writes a line that was checked already (a correction checks against what its reversal gives back). */
    void write(LockedSheet sheet, long memberId, LineEntry entry) {
        em.createNativeQuery("UPDATE meeting_sheet_line SET attendance = ?1, savings_paise = ?2, fine_paise = ?3"
                        + " WHERE sheet_id = ?4 AND member_id = ?5")
                .setParameter(1, entry.attendance().name()).setParameter(2, entry.savingsPaise())
                .setParameter(3, entry.finePaise()).setParameter(4, sheet.id()).setParameter(5, memberId).executeUpdate();
        // Loans the entry does not name pay 0; it names only her loans on the sheet (checked before).
        em.createNativeQuery("UPDATE meeting_sheet_repayment SET amount_paise = 0 WHERE sheet_id = ?1 AND member_id = ?2")
                .setParameter(1, sheet.id()).setParameter(2, memberId).executeUpdate();
        for (Map.Entry<Long, Long> paid : entry.repaymentsByLoan().entrySet()) {
            em.createNativeQuery("UPDATE meeting_sheet_repayment SET amount_paise = ?1 WHERE sheet_id = ?2 AND member_id = ?3"
                            + " AND loan_id = ?4")
                    .setParameter(1, paid.getValue() == null ? 0 : paid.getValue()).setParameter(2, sheet.id())
                    .setParameter(3, memberId).setParameter(4, paid.getKey()).executeUpdate();
        }
    }

    /** Her loans on the sheet and the instalment due on each, as prefilled. */
    Map<Long, Long> dueByLoan(long sheetId, long memberId) {
        Map<Long, Long> out = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT loan_id, due_paise FROM meeting_sheet_repayment WHERE sheet_id = ?1"
                + " AND member_id = ?2").setParameter(1, sheetId).setParameter(2, memberId).getResultList()) {
            Object[] r = (Object[]) o;
            out.put(num(r[0]), num(r[1]));
        }
        return out;
    }

    /** Her loans on the sheet and what is left on each now. */
    Map<Long, Long> outstandingByLoan(long sheetId, long memberId) {
        Map<Long, Long> out = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT r.loan_id, (SELECT COALESCE(SUM(i.principal_due_paise"
                        + " - i.principal_paid_paise + i.charge_due_paise - i.charge_paid_paise), 0) FROM loan_instalment i"
                        + " WHERE i.loan_id = r.loan_id) FROM meeting_sheet_repayment r WHERE r.sheet_id = ?1 AND r.member_id = ?2")
                .setParameter(1, sheetId).setParameter(2, memberId).getResultList()) {
            Object[] r = (Object[]) o;
            out.put(num(r[0]), num(r[1]));
        }
        return out;
    }

    /** Not on the sheet: she left the group, or she is not (or was not yet) one of its members. */
    private RuntimeException notOnSheet(LockedSheet sheet, long memberId) {
        List<?> m = em.createNativeQuery("SELECT shg_id, status FROM member WHERE id = ?1").setParameter(1, memberId).getResultList();
        if (!m.isEmpty() && num(((Object[]) m.get(0))[0]) == sheet.shgId()
                && MemberStatus.EXITED.name().equals(((Object[]) m.get(0))[1])) {
            return new BusinessRuleException(SheetRules.MEMBER_EXITED, "member " + memberId + " has left the group");
        }
        return new BusinessRuleException(SheetRules.NOT_IN_GROUP, "member " + memberId + " is not on this meeting's sheet");
    }

    /** A line for the history, in rupees. */
    static String describe(LineEntry e) {
        return e.attendance() + ": saved Rs " + e.savingsPaise() / 100 + ", repaid Rs " + e.repaidPaise() / 100
                + ", fine Rs " + e.finePaise() / 100;
    }
}
