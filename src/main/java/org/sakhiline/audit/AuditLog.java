package org.sakhiline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.MDC;
import org.sakhiline.support.CorrelationId;

/**
 * Records a change made through the console or the API, in the caller's transaction where there is one:
 * when the change rolls back, so does its audit row. Secrets (PINs, passwords, hashes) never reach the log.
 */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_JSON = 200_000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Instance<SecurityIdentity> identity;
    private final Instance<AuditedRequest> request;

    public AuditLog(EntityManager em, ObjectMapper json, Instance<SecurityIdentity> identity, Instance<AuditedRequest> request) {
        this.em = em;
        this.json = json;
        this.identity = identity;
        this.request = request;
    }

    /**
     * A change to a record: what it looked like before (null when created) and after (null when removed).
     * Joins the caller's transaction when there is one, so the audit row commits or rolls back with it.
     */
    @Transactional
    public void record(AuditEntry entry) {
        insert(actor(), entry);
    }

    /**
     * As {@link #record}, for changes a channel makes with no console user signed in (a bookkeeper on USSD,
     * a member's SMS): the row names {@code channelActor} (e.g. {@code member:12}) instead of "system".
     */
    @Transactional
    public void recordAs(String channelActor, AuditEntry entry) {
        String signedIn = actor();
        insert("system".equals(signedIn) ? truncate(channelActor, 64) : signedIn, entry);
    }

    private void insert(String actor, AuditEntry entry) {
        em.createNativeQuery("""
                INSERT INTO audit_event (actor, action, entity_type, entity_id, org_unit_id, summary, before_json,
                                         after_json, correlation_id)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, actor)
                .setParameter(2, entry.action())
                .setParameter(3, entry.entityType())
                .setParameter(4, entry.entityId() == null ? null : entry.entityId().toString())
                .setParameter(5, entry.orgUnitId())
                .setParameter(6, truncate(entry.summary(), 500))
                .setParameter(7, toJson(entry.before()))
                .setParameter(8, toJson(entry.after()))
                .setParameter(9, correlationId())
                .executeUpdate();
        if (io.quarkus.arc.Arc.container().requestContext().isActive()) {
            request.get().recorded();
        }
    }

    /**
     * The same row written on the caller's own JDBC connection, inside its transaction: a spreadsheet import
     * writes its rows and their audit in one database transaction outside JTA, so both commit or neither.
     */
    public void recordOn(java.sql.Connection c, String actor, AuditEntry entry) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit_event (actor, action, entity_type, entity_id, org_unit_id, summary, before_json,
                                         after_json, correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, truncate(actor, 64));
            ps.setString(2, entry.action());
            ps.setString(3, entry.entityType());
            ps.setString(4, entry.entityId() == null ? null : entry.entityId().toString());
            ps.setObject(5, entry.orgUnitId());
            ps.setString(6, truncate(entry.summary(), 500));
            ps.setString(7, toJson(entry.before()));
            ps.setString(8, toJson(entry.after()));
            ps.setString(9, correlationId());
            ps.executeUpdate();
        }
    }

    String actor() {
        try {
            SecurityIdentity id = identity.isResolvable() ? identity.get() : null;
            if (id != null && !id.isAnonymous()) {
                return id.getPrincipal().getName();
            }
        } catch (ContextNotActiveException e) {
            // scheduled jobs and startup have no request: the system did it
        }
        return "system";
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = value instanceof String s ? json.getNodeFactory().textNode(s) : json.valueToTree(value);
        redact(tree);
        return truncate(tree.toString(), MAX_JSON);
    }

    /** Field names (lower case) whose values never reach the audit log, at any depth. */
    private static final java.util.Set<String> SECRET_FIELDS = java.util.Set.of("pin", "newpin", "currentpin", "pinhash",
            "pin_hash", "password", "newpassword", "currentpassword", "passwordhash", "password_hash", "secret",
            "token", "authtoken", "j_password");

    /** Removes secrets by field name, at any depth (a "contentHash" or "pinSet" flag is not a secret). */
    static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECRET_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                    field.setValue(object.textNode("[redacted]"));
                } else {
                    redact(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AuditLog::redact);
        }
    }

    private static String correlationId() {
        Object cid = MDC.get(CorrelationId.MDC_KEY);
        return cid == null ? null : truncate(cid.toString(), 40);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
