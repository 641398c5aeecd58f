package org.sakhiline.admin.records;

import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.messaging.SmsRouting;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Sets the SMS gateway of an org unit and everything under it ({@code org_unit.sms_provider}); blank goes
 * back to the parent's or the country's route. Administrators only, audited. Messages already queued keep
 * the gateway recorded on them.
 */
@Path("/admin/org-units/{id}/sms-gateway")
@CsrfProtected
@Authenticated
public class OrgUnitSmsGateways {

    private final AccessScope scope;
    private final SmsRouting routing;
    private final AuditLog audit;
    private final EntityManager em;

    public OrgUnitSmsGateways(AccessScope scope, SmsRouting routing, AuditLog audit, EntityManager em) {
        this.scope = scope;
        this.routing = routing;
        this.audit = audit;
        this.em = em;
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@PathParam("id") long id, @FormParam("gateway") String gateway) {
        scope.requireAdmin();
        scope.requireUnit(id);
        String chosen = gateway == null || gateway.isBlank() ? null : gateway.strip().toLowerCase(Locale.ROOT);
        if (chosen != null && !routing.knows(chosen)) {
            throw new InvalidInputException("gateway", "must be one of " + routing.gatewayNames() + " or blank");
        }
        var rows = em.createNativeQuery("SELECT sms_provider FROM org_unit WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ConsoleErrors.notFound("org unit " + id);
        }
        String before = (String) rows.get(0);
        em.createNativeQuery("UPDATE org_unit SET sms_provider = ?1 WHERE id = ?2").setParameter(1, chosen)
                .setParameter(2, id).executeUpdate();
        audit.record(AuditEntry.of("orgUnit.smsGateway", "orgUnit", id, id, "SMS gateway " + (chosen == null
                ? "by country" : chosen), mapOf(before), mapOf(chosen)));
        return Response.seeOther(URI.create("/admin/org-units/" + id)).build();
    }

    private static Map<String, Object> mapOf(String gateway) {
        return gateway == null ? Map.of() : Map.of("smsGateway", gateway);
    }
}
