package org.sakhiline.admin.records;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.AccessScope;

/**
 * Reads the audit log for the console. Administrators see every row; staff see the rows recorded
 * against a unit of their subtree (global rows such as menu changes have no unit and stay hidden).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AuditRecords {

    static final int PAGE_SIZE = 25;

    private final AccessScope scope;
    private final EntityManager em;
    private final AuditPageWords words;

    public AuditRecords(AccessScope scope, EntityManager em, AuditPageWords words) {
        this.scope = scope;
        this.em = em;
        this.words = words;
    }

    /** Filters: actor and entity type and id exactly, action as a prefix ("savings." finds every savings action). */
    public AuditPage search(String actor, String action, String entityType, String entityId, int page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (present(actor)) {
            where.append(" AND actor = :actor");
            params.put("actor", actor.strip());
        }
        if (present(action)) {
            where.append(" AND action LIKE :action");
            params.put("action", escapeLike(action.strip()) + "%");
        }
        if (present(entityType)) {
            where.append(" AND entity_type = :entityType");
            params.put("entityType", entityType.strip());
        }
        if (present(entityId)) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", entityId.strip());
        }
        List<Long> units = scope.subtreeUnitIds();
        if (units != null) {
            where.append(" AND org_unit_id IN (:units)");
            params.put("units", units);
        }
        Query items = em.createNativeQuery("SELECT id, occurred_at, actor, action, entity_type, entity_id, org_unit_id,"
                + " summary, before_json, after_json, correlation_id FROM audit_event" + where + " ORDER BY id DESC"
                + " LIMIT " + PAGE_SIZE + " OFFSET " + ((long) page * PAGE_SIZE));
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditPage.Row> rows = new ArrayList<>();
        for (Object o : items.getResultList()) {
            Object[] r = (Object[]) o;
            Long unit = r[6] == null ? null : ((Number) r[6]).longValue();
            JsonNode before = words.parse((String) r[8]);
            JsonNode after = words.parse((String) r[9]);
            rows.add(new AuditPage.Row(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], unit, words.sentence((String) r[3], (String) r[4], (String) r[5], before, after, unit),
                    (String) r[7], words.changes(before, after, unit), (String) r[10]));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("actor", blankToEmpty(actor));
        filters.put("action", blankToEmpty(action));
        filters.put("entityType", blankToEmpty(entityType));
        filters.put("entityId", blankToEmpty(entityId));
        long total = ((Number) count.getSingleResult()).longValue();
        return new AuditPage(filters.get("actor"), filters.get("action"), filters.get("entityType"), filters.get("entityId"),
                rows, Paging.of("/admin/audit", filters, page, PAGE_SIZE, total));
    }

    /** Hibernate reads native timestamps in UTC (jdbc.timezone), as a Timestamp or a LocalDateTime. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        return null;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
