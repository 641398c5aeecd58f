package org.sakhiline.audit;

/**
 * One audited change. {@code orgUnitId} is the subtree the record belongs to (an SHG for a member's
 * transaction), so a STAFF user can read the audit of her own part of the federation; null for global
 * records such as menu flows.
 */
public record AuditEntry(String action, String entityType, Object entityId, Long orgUnitId, String summary,
        Object before, Object after) {

    public static AuditEntry of(String action, String entityType, Object entityId, Long orgUnitId, String summary,
            Object before, Object after) {
        return new AuditEntry(action, entityType, entityId, orgUnitId, summary, before, after);
    }
}
