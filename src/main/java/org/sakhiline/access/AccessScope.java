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
        if (isAdmin()) {
            return;
        }
        List<?> shg = em.createNativeQuery("SELECT shg_id FROM member WHERE id = ?1").setParameter(1, memberId)
                .getResultList();
        if (!shg.isEmpty()) {
            requireUnit(((Number) shg.get(0)).longValue());
        }
    }

    /** Only administrators change what every member hears (menus) or who may sign in. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException("administrators only");
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
