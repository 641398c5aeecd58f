package org.sakhiline.admin.sheets;

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
import org.sakhiline.admin.records.ConsoleErrors;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.books.sheets.ConfirmResult;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.support.problem.DomainException;

/**
 * Meeting sheets in the console: the lists to check, a group's recent meetings, one sheet (entered as a table,
 * checked, corrected). Every form carries the CSRF token; every page and action passes {@link SheetDesk#view}
 * (or the scope check of the group or meeting) first. Successful posts redirect (a reload posts nothing again);
 * refused ones answer the page again with the reason and what she typed.
 */
@Path("/admin/sheets")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SheetConsolePages {

    @CheckedTemplate(basePath = "admin/sheets")
    static class Templates {
        static native TemplateInstance lists(SheetListPages.Lists page);

        static native TemplateInstance group(SheetListPages.Group page, String error);

        static native TemplateInstance sheet(SheetPage page);

        static native TemplateInstance correction(CorrectionPage page);
    }

    private final SheetDesk desk;
    private final SheetLists lists;

    public SheetConsolePages(SheetDesk desk, SheetLists lists) {
        this.desk = desk;
        this.lists = lists;
    }

    @GET
    public TemplateInstance lists() {
        return Templates.lists(lists.lists());
    }

    @GET
    @Path("/groups/{shgId}")
    public TemplateInstance group(@PathParam("shgId") long shgId) {
        return Templates.group(lists.group(shgId), null);
    }

    /** Starts (or finds) the sheet of a meeting: a post, because it writes the draft. */
    @POST
    @Path("/meetings/{meetingId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("meetingId") long meetingId, @QueryParam("shgId") Long shgId) {
        try {
            return seeSheet(desk.open(meetingId), null);
        } catch (DomainException e) {
            if (shgId == null) {
                throw e;
            }
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.group(lists.group(shgId), SheetRefusals.words(e))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance sheet(@PathParam("id") long id, @QueryParam("done") String done) {
        return Templates.sheet(desk.page(desk.view(id), null, done, null));
    }

    /** Save (the default button, so Enter in any amount saves) or Save and submit. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        SheetView v = desk.view(id);
        SheetForm typed = SheetForm.of(form, v);
        try {
            v = desk.save(v, typed);
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.sheet(desk.page(desk.view(id), typed, null, e)))
                    .build();
        }
        if (!"submit".equals(form.getFirst("action"))) {
            return seeSheet(id, "saved");
        }
        try {
            desk.submit(v);
            return seeSheet(id, "submitted");
        } catch (DomainException e) {   // saved, not submitted: the page shows what is saved and why
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.sheet(desk.page(desk.view(id), null, null, e)))
                    .build();
        }
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id) {
        SheetView v = desk.view(id);
        try {
            ConfirmResult result = desk.confirm(v);
            return seeSheet(id, result.alreadyConfirmed() ? "already" : "confirmed");
        } catch (DomainException e) {
            return refused(id, e);
        }
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        SheetView v = desk.view(id);
        try {
            desk.reject(v, form.getFirst("reason"));
            return seeSheet(id, "rejected");
        } catch (DomainException e) {
            String typed = form.getFirst("reason");
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.sheet(desk.page(desk.view(id), null, null, e,
                    typed == null ? "" : typed.substring(0, Math.min(typed.length(), SheetDesk.MAX_REASON + 50))))).build();
        }
    }

    @GET
    @Path("/{id}/members/{memberId}/correction")
    public TemplateInstance correction(@PathParam("id") long id, @PathParam("memberId") long memberId) {
        return Templates.correction(desk.correction(desk.view(id), memberId, null, null, null));
    }

    @POST
    @Path("/{id}/members/{memberId}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") long id, @PathParam("memberId") long memberId,
                            MultivaluedMap<String, String> form) {
        SheetView v = desk.view(id);
        SheetForm typed = SheetForm.of(form, v);
        String reason = form.getFirst("reason");
        try {
            desk.correct(v, memberId, typed, reason);
            return seeSheet(id, "corrected");
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.correction(desk.correction(desk.view(id), memberId, typed, reason, e))).build();
        }
    }

    private Response refused(long id, DomainException e) {
        return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.sheet(desk.page(desk.view(id), null, null, e))).build();
    }

    private static Response seeSheet(long id, String done) {
        return Response.seeOther(URI.create("/admin/sheets/" + id + (done == null ? "" : "?done=" + done))).build();
    }
}
