package org.sakhiline.admin.records;

import java.util.List;

/** A page of the audit log, newest first, with the filters that produced it. */
public record AuditPage(String actor, String action, String entityType, String entityId, List<Row> rows, Paging paging) {

    /** {@code before}/{@code after}: the recorded JSON, indented for reading (empty when absent). */
    public record Row(long id, String occurredAt, String actor, String action, String entityType, String entityId,
                      Long orgUnitId, String summary, String before, String after, String correlationId) {}
}
