package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.pins.MemberPinResets;
import org.sakhiline.books.pins.PinStatus;

/**
 * A member's PIN in the console: its status, and the staff reset (remove the PIN, or only release its lock).
 * Scope-checked like every member page; the forms carry the CSRF token; each change is audited by the reset.
 */
@Path("/admin/members/{id}/pin")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MemberPinPages {

    @CheckedTemplate(basePath = "admin/member-pin")
    static class Templates {
        static native TemplateInstance pin(MemberSummary member, PinStatus pin, String lockedUntil, String notice);
    }

    private final AccessScope scope;
    private final MemberPinResets resets;
    private final MemberDirectory directory;
    private final ConsoleWords words;

    public MemberPinPages(AccessScope scope, MemberPinResets resets, MemberDirectory directory, ConsoleWords words) {
        this.words = words;
        this.scope = scope;
        this.resets = resets;
        this.directory = directory;
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("done") String done) {
        scope.requireMember(id);
        MemberSummary member = directory.member(id).orElseThrow(() -> ConsoleErrors.notFound("member " + id));
        RecordMessages rec = words.bundle(RecordMessages.class);
        String notice = "reset".equals(done) ? rec.pin_done_reset() : "released".equals(done) ? rec.pin_done_released() : null;
        PinStatus pin = resets.status(id);
        // The lock ends at a moment: shown on her group's clock, the zone named.
        return Templates.pin(member, pin, words.timeIn(pin.lockedUntil(), member.shgId()), notice);
    }

    /** {@code action}: {@code reset} removes her PIN, {@code release} only ends a lock. Post-redirect-get. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("id") long id, @FormParam("action") String action) {
        scope.requireMember(id);
        boolean clearPin = !"release".equals(action);
        resets.reset(id, clearPin);
        return Response.seeOther(URI.create("/admin/members/" + id + "/pin?done=" + (clearPin ? "reset" : "released"))).build();
    }
}
