package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.sakhiline.support.problem.DomainException;
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

        static native TemplateInstance form(OrgUnitUpkeepForms.Page page);
    }

    private final OrgUnitRecords records;
    private final OrgUnitUpkeepForms forms;

    public OrgUnitPages(OrgUnitRecords records, OrgUnitUpkeepForms forms) {
        this.records = records;
        this.forms = forms;
    }

    /** Every field of the unit forms (names, place, a group's profile), as posted. */
    private static final String[] FIELDS = {"version", "level", "code", "name", "nameLocal", "district", "block", "village",
        "formationDate", "meetingFrequency", "meetingDayOfWeek", "meetingWeekOfMonth", "meetingDayOfMonth", "meetingTime",
        "meetingPlace", "timeZone", "defaultLanguage", "defaultSavingsRupees"};

    private static Map<String, String> posted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String f : FIELDS) {
            String v = form.getFirst(f);
            values.put(f, v == null ? "" : v);
        }
        return values;
    }

    @GET
    @Path("/new")
    public TemplateInstance newUnit(@QueryParam("parentId") Long parentId) {
        return Templates.form(forms.newUnit(parentId, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@QueryParam("parentId") Long parentId, MultivaluedMap<String, String> form) {
        Map<String, String> values = posted(form);
        try {
            long id = forms.create(parentId, values).id();
            return Response.seeOther(URI.create("/admin/org-units/" + id)).build();
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.form(forms.newUnit(parentId, RecordForm.refused(values, e)))).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        return Templates.form(forms.editUnit(id, null));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = posted(form);
        try {
            forms.update(id, values);
            return Response.seeOther(URI.create("/admin/org-units/" + id)).build();
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.form(forms.editUnit(id, RecordForm.refused(values, e)))).build();
        }
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
