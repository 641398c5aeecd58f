package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.support.problem.DomainException;

/** Adding and editing staff in the books (bank mitras, CRPs, administrators); they show on their unit's page. */
@Path("/admin/staff")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    @CheckedTemplate(basePath = "admin/staff")
    static class Templates {
        static native TemplateInstance form(StaffUpkeepForms.Page page);
    }

    private static final String[] FIELDS = {"version", "name", "phoneE164", "role", "orgUnitCode", "language", "status"};

    private final StaffUpkeepForms forms;

    public StaffPages(StaffUpkeepForms forms) {
        this.forms = forms;
    }

    @GET
    @Path("/new")
    public TemplateInstance newStaff(@QueryParam("orgUnitId") long orgUnitId) {
        return Templates.form(forms.newStaff(orgUnitId, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@QueryParam("orgUnitId") long orgUnitId, MultivaluedMap<String, String> form) {
        Map<String, String> values = posted(form);
        try {
            return shown(forms.create(values));
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.form(forms.newStaff(orgUnitId, RecordForm.refused(values, e)))).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        return Templates.form(forms.editStaff(id, null));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = posted(form);
        try {
            return shown(forms.update(id, values));
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.form(forms.editStaff(id, RecordForm.refused(values, e)))).build();
        }
    }

    private static Response shown(StaffSummary s) {
        return Response.seeOther(URI.create("/admin/org-units/" + s.orgUnitId())).build();
    }

    private static Map<String, String> posted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String f : FIELDS) {
            String v = form.getFirst(f);
            values.put(f, v == null ? "" : v);
        }
        return values;
    }
}
