package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sakhiline.admin.web.CsrfProtected;

/** Federations, village organisations and groups within the reader's scope; a group's profile, meetings and members. */
@Path("/admin/org-units")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OrgUnitPages {

    @CheckedTemplate(basePath = "admin/org-units")
    static class Templates {
        static native TemplateInstance index(List<OrgUnitPage.Unit> tops);

        static native TemplateInstance unit(OrgUnitPage page);
    }

    private final OrgUnitRecords records;

    public OrgUnitPages(OrgUnitRecords records) {
        this.records = records;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(records.tops());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance unit(@PathParam("id") long id) {
        return Templates.unit(records.unit(id));
    }
}
