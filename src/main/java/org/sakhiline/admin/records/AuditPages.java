package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sakhiline.admin.web.CsrfProtected;

/** The audit log: every change, who made it and the record before and after. */
@Path("/admin/audit")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    @CheckedTemplate(basePath = "admin/audit")
    static class Templates {
        static native TemplateInstance log(AuditPage page);
    }

    private final AuditRecords records;

    public AuditPages(AuditRecords records) {
        this.records = records;
    }

    @GET
    public TemplateInstance log(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                @QueryParam("page") Integer page) {
        return Templates.log(records.search(actor, action, entityType, entityId, Paging.clampPage(page)));
    }
}
