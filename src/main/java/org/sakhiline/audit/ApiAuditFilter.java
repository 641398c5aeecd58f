package org.sakhiline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every successful change through {@code /api/v1} leaves an audit row: who, which operation, the ids in
 * the path and the record as the API returned it. Generic on purpose, so a new endpoint cannot forget it.
 * (Console pages, and API changes that write their own before/after entry inside their transaction, are
 * not recorded twice: see {@link AuditedRequest}.)
 */
@ApplicationScoped
public class ApiAuditFilter {

    private static final Logger LOG = Logger.getLogger(ApiAuditFilter.class);

    private final AuditLog audit;
    private final ObjectMapper json;
    private final EntityManager em;
    private final AuditedRequest audited;

    public ApiAuditFilter(AuditLog audit, ObjectMapper json, EntityManager em, AuditedRequest audited) {
        this.audit = audit;
        this.json = json;
        this.em = em;
        this.audited = audited;
    }

    @ServerResponseFilter
    public void recordChange(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String method = request.getMethod();
        // Path first: this filter sees every response, USSD and voice hops included, and leaves them at once.
        if (!request.getUriInfo().getPath().startsWith("/api/")
                || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || response.getStatus() >= 300 || "true".equals(response.getHeaderString("Idempotent-Replayed"))) {
            return;   // reads, refusals and replays of an idempotent post change nothing
        }
        if (audited.hasRecorded()) {
            return;   // the change wrote its own entry, with the record before and after
        }
        Method target = resource.getResourceMethod();
        String action = target == null ? method + " " + request.getUriInfo().getPath() : actionName(target);
        MultivaluedMap<String, String> ids = request.getUriInfo().getPathParameters();
        String entityType = target == null ? "api" : entityType(target.getDeclaringClass());
        Object entity = response.getEntity();
        String entityId = ids.isEmpty() ? idOf(entity) : ids.values().iterator().next().get(0);
        try {
            Long unit = orgUnitOf(entity);
            if (unit == null && ("member".equals(entityType) || ids.containsKey("memberId"))) {
                // e.g. PUT /members/{id}/pin answers no body: the member in the path names the group
                String member = ids.containsKey("memberId") ? ids.getFirst("memberId") : ids.getFirst("id");
                unit = member == null ? null : shgOfMember(member);
            }
            audit.record(AuditEntry.of(action, entityType, entityId, unit,
                    method + " " + request.getUriInfo().getPath() + " -> " + response.getStatus(), null, entity));
        } catch (RuntimeException e) {
            // The change itself has committed; losing its audit row must be loud, not fatal to the caller.
            LOG.errorf(e, "could not record the audit entry for %s %s", method, request.getUriInfo().getPath());
        }
    }

    static String actionName(Method m) {
        return entityType(m.getDeclaringClass()) + "." + m.getName();
    }

    static String entityType(Class<?> resourceClass) {
        String name = resourceClass.getSimpleName().replace("Resource", "");
        return name.isEmpty() ? "api" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private String idOf(Object entity) {
        JsonNode tree = tree(entity);
        for (String field : new String[] {"id", "memberId", "txnId", "loanId"}) {
            if (tree != null && tree.hasNonNull(field)) {
                return tree.get(field).asText();
            }
        }
        return null;
    }

    private Long orgUnitOf(Object entity) {
        JsonNode tree = tree(entity);
        if (tree == null) {
            return null;
        }
        for (String field : new String[] {"shgId", "orgUnitId"}) {
            if (tree.hasNonNull(field) && tree.get(field).canConvertToLong()) {
                return tree.get(field).asLong();
            }
        }
        // Savings posts, loans and member views name the member: her SHG is the subtree, so STAFF see the row.
        JsonNode member = tree.hasNonNull("memberId") ? tree.get("memberId")
                : tree.path("member").hasNonNull("memberId") ? tree.path("member").get("memberId") : null;
        if (member != null && member.canConvertToLong()) {
            return shgOfMember(member.asText());
        }
        return null;
    }

    private Long shgOfMember(String memberId) {
        long id;
        try {
            id = Long.parseLong(memberId);
        } catch (NumberFormatException e) {
            return null;
        }
        List<?> shg = em.createNativeQuery("SELECT shg_id FROM member WHERE id = ?1").setParameter(1, id).getResultList();
        return shg.isEmpty() ? null : ((Number) shg.get(0)).longValue();
    }

    private JsonNode tree(Object entity) {
        if (entity == null || entity instanceof String) {
            return null;
        }
        try {
            JsonNode node = json.valueToTree(entity);
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException e) {
            LOG.debugf("audit: %s is not JSON-shaped", entity.getClass().getName().toLowerCase(Locale.ROOT));
            return null;
        }
    }
}
