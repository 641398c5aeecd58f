package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.reminders.ReminderRuleView;
import org.sakhiline.support.problem.DomainException;

/** Which reminder rule applies where; creating, changing and deactivating rules. */
@Path("/admin/reminder-rules")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReminderRulePages {

    @CheckedTemplate(basePath = "admin/reminder-rules")
    static class Templates {
        static native TemplateInstance overview(ReminderRulesPage page);

        static native TemplateInstance form(ReminderRuleFormPage page);
    }

    private final ReminderRuleRecords records;
    private final ConsoleWords words;

    public ReminderRulePages(ReminderRuleRecords records, ConsoleWords words) {
        this.words = words;
        this.records = records;
    }

    @GET
    public TemplateInstance overview(@QueryParam("unit") Long unitId, @QueryParam("page") Integer page,
                                     @QueryParam("saved") Long savedRuleId) {
        ReminderRulesPage overview = records.overview(unitId, Paging.clampPage(page));
        if (savedRuleId != null) {
            overview = new ReminderRulesPage(overview.unitCode(), overview.unitId(), overview.kinds(), overview.units(),
                    overview.paging(), overview.rules(), words.bundle(RecordMessages.class).rr_saved(savedRuleId));
        }
        return Templates.overview(overview);
    }

    @GET
    @Path("/new")
    public TemplateInstance newRule(@QueryParam("unit") Long unitId, @QueryParam("kind") String kind) {
        return Templates.form(records.newForm(unitId, kind));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ReminderRuleForm form) {
        try {
            return saved(records.create(form));
        } catch (DomainException e) {
            return refused(null, form, e);
        }
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        return Templates.form(records.editForm(id));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam ReminderRuleForm form) {
        try {
            return saved(records.update(id, form));
        } catch (DomainException e) {
            return refused(id, form, e);
        }
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") long id) {
        return saved(records.deactivate(id));
    }

    private static Response saved(ReminderRuleView rule) {
        return Response.seeOther(URI.create("/admin/reminder-rules?unit=" + rule.orgUnitId() + "&saved=" + rule.id())).build();
    }

    private Response refused(Long ruleId, ReminderRuleForm form, DomainException e) {
        return Response.status(ConsoleErrors.statusOf(e))
                .entity(Templates.form(records.formPage(ruleId, form).withError(ConsoleErrors.message(e)))).build();
    }
}
