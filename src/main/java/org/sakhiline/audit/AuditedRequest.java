package org.sakhiline.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether this request's change already wrote its own audit entry (with the record before and after):
 * then {@link ApiAuditFilter} adds no generic one beside it, and the log holds one row per change.
 */
@RequestScoped
public class AuditedRequest {

    private boolean recorded;

    void recorded() {
        recorded = true;
    }

    boolean hasRecorded() {
        return recorded;
    }
}
