package org.sakhiline.access;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the signed-in console user may touch. ADMIN: everything. STAFF: the org unit named on her account
 * and everything below it (the tree is at most three levels: federation → VO → SHG). A refusal is a 403,
 * the same whether the record exists or not outside her subtree.
 */
@RequestScoped
public class AccessScope {

    private final SecurityIdentity identity;
    private final EntityManager em;
    private final Map<Long, Boolean> unitVerdicts = new HashMap<>();
    private ConsoleUser user;
    private List<Long> subtree;

    public AccessScope(SecurityIdentity identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    public boolean isAdmin() {
        return identity.hasRole(ConsoleRole.ADMIN_NAME);
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The root of a STAFF user's subtree, or null when she sees everything. */
    public Long scopeRoot() {
        if (isAdmin()) {
            return null;
        }
        ConsoleUser u = user();
        if (u == null || u.orgUnitId == null) {
            throw new ForbiddenException("no org unit on this account");
        }
        return u.orgUnitId;
    }

    public boolean mayAccessUnit(long orgUnitId) {
        Long root = scopeRoot();
        if (root == null) {
            return true;
        }
        return unitVerdicts.computeIfAbsent(orgUnitId, id -> isInSubtree(id, root));
    }

    public void requireUnit(long orgUnitId) {
        if (!mayAccessUnit(orgUnitId)) {
            throw new ForbiddenException("org unit " + orgUnitId + " is outside your part of the federation");
        }
    }

    /** Members belong to their SHG's subtree. A member that does not exist passes here and is a 404 later. */
    public void requireMember(long memberId) {
        requireOwningUnit("SELECT shg_id FROM member WHERE id = ?1", memberId);
    }

    /** A savings transaction belongs to its member's SHG. */
    public void requireSavingsTxn(long txnId) {
        requireOwningUnit("SELECT m.shg_id FROM savings_txn t JOIN member m ON m.id = t.member_id WHERE t.id = ?1", txnId);
    }

    public void requireLoan(long loanId) {
        requireOwningUnit("SELECT m.shg_id FROM loan l JOIN member m ON m.id = l.member_id WHERE l.id = ?1", loanId);
    }

    public void requireLoanRepayment(long repaymentId) {
        requireOwningUnit("""
                SELECT m.shg_id FROM loan_repayment r JOIN loan l ON l.id = r.loan_id JOIN member m ON m.id = l.member_id
                WHERE r.id = ?1""", repaymentId);
    }

    public void requireMeeting(long meetingId) {
        requireOwningUnit("SELECT shg_id FROM meeting WHERE id = ?1", meetingId);
    }

    /** A staff record (bank mitra, CRP) belongs to the unit she acts for. */
    public void requireStaffRecord(long staffId) {
        requireOwningUnit("SELECT org_unit_id FROM staff WHERE id = ?1", staffId);
    }

    public void requireReminderRule(long ruleId) {
        requireOwningUnit("SELECT org_unit_id FROM reminder_rule WHERE id = ?1", ruleId);
    }

    /**
     * Every org unit in a STAFF user's subtree, her root first; null for an administrator (no limit).
     * Lists and searches filter on it, so a STAFF user never sees a row from another part of the tree.
     */
    /**
     * A STAFF user may not put a phone on her records that already belongs to a member or staff member
     * outside her subtree: that woman would be asked "which member?" on her own handset, and messages to it
     * would show in the new holder's console. An administrator may (a household across two groups).
     */
    public void requirePhonesNotHeldOutside(java.util.Collection<String> phones) {
        List<Long> units = subtreeUnitIds();
        if (units == null || phones == null || phones.isEmpty()) {
            return;
        }
        Number outside = (Number) em.createNativeQuery("""
                SELECT (SELECT COUNT(*) FROM member_phone p JOIN member m ON m.id = p.member_id
                        WHERE p.phone_e164 IN (?1) AND m.shg_id NOT IN (?2) AND m.status <> 'EXITED')
                     + (SELECT COUNT(*) FROM staff s WHERE s.phone_e164 IN (?1) AND s.org_unit_id NOT IN (?2))""")
                .setParameter(1, List.copyOf(phones)).setParameter(2, units).getSingleResult();
        if (outside.longValue() > 0) {
            throw new ForbiddenException("a phone given is already used by someone outside your part of the federation; "
                    + "ask an administrator to add it");
        }
    }

    public List<Long> subtreeUnitIds() {
        Long root = scopeRoot();
        if (root == null) {
            return null;
        }
        if (subtree == null) {
            List<?> rows = em.createNativeQuery("""
                    WITH RECURSIVE sub (id, depth) AS (
                        SELECT id, 0 FROM org_unit WHERE id = ?1
                        UNION ALL SELECT o.id, sub.depth + 1 FROM org_unit o JOIN sub ON o.parent_id = sub.id
                        WHERE sub.depth < 16)
                    SELECT id FROM sub ORDER BY depth, id""").setParameter(1, root).getResultList();
            subtree = rows.stream().map(r -> ((Number) r).longValue()).toList();
        }
        return subtree;
    }

    /** Only administrators change what every member hears (menus) or who may sign in. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException("administrators only");
        }
    }

    /** The record's unit must be in scope; a record that does not exist passes here and is a 404 later. */
    private void requireOwningUnit(String unitOfRecordSql, long recordId) {
        if (isAdmin()) {
            return;
        }
        List<?> unit = em.createNativeQuery(unitOfRecordSql).setParameter(1, recordId).getResultList();
        if (!unit.isEmpty()) {
            requireUnit(((Number) unit.get(0)).longValue());
        }
    }

    private boolean isInSubtree(long unitId, long root) {
        if (unitId == root) {
            return true;
        }
        Number hits = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM org_unit u
                LEFT JOIN org_unit p ON p.id = u.parent_id
                WHERE u.id = ?1 AND (u.parent_id = ?2 OR p.parent_id = ?2)""")
                .setParameter(1, unitId).setParameter(2, root).getSingleResult();
        return hits.longValue() > 0;
    }

    private ConsoleUser user() {
        if (user == null && !identity.isAnonymous()) {
            user = ConsoleUser.byUsername(identity.getPrincipal().getName()).orElse(null);
        }
        return user;
    }
}
