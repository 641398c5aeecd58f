package org.sakhiline.admin.records;

import java.time.Instant;
import java.util.List;

/** A page of the audit log, newest first, with the filters that produced it. */
public record AuditPage(String actor, String action, String entityType, String entityId, List<Row> rows, Paging paging) {

    /** One entry in words: what happened, who did it, when (with {@code orgUnitId}'s zone), and each field before and after. */
    public record Row(long id, Instant at, String actor, String action, String entityType, String entityId,
                      Long orgUnitId, String sentence, String summary, List<Change> changes, String correlationId) {}

    /** A field of the record before and after the change, in words ("" when absent). */
    public record Change(String field, String before, String after, boolean changed) {}
}
