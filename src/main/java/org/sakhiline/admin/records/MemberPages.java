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
import java.util.Map;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.support.problem.DomainException;

/** Member search and the member page with her savings, loans and reminder choice; reversing a savings entry. */
@Path("/admin/members")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MemberPages {

    @CheckedTemplate(basePath = "admin/members")
    static class Templates {
        static native TemplateInstance search(MemberSearchPage result);

        static native TemplateInstance member(MemberPage page);

        static native TemplateInstance form(MemberUpkeepForms.Page page);
    }

    /** Notices after a saved form (Post/Redirect/Get), by the {@code done} parameter: keys of the rec bundle. */
    private static final Map<String, String> DONE = Map.of("created", "rec:mp_done_created", "edited", "rec:mp_done_edited",
            "exited", "rec:mp_done_exited", "phone-added", "rec:mp_done_phone_added", "phone-removed",
            "rec:mp_done_phone_removed");

    private final MemberRecords records;
    private final SavingsCorrections corrections;
    private final MemberUpkeepForms forms;
    private final ConsoleWords words;

    public MemberPages(MemberRecords records, SavingsCorrections corrections, MemberUpkeepForms forms, ConsoleWords words) {
        this.words = words;
        this.records = records;
        this.corrections = corrections;
        this.forms = forms;
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return Templates.search(records.search(q, Paging.clampPage(page)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance member(@PathParam("id") long id, @QueryParam("reversed") Long reversedTxnId,
                                   @QueryParam("done") String done, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("page") Integer page) {
        return member(records.page(id, EntryRange.parse(from, to), Paging.clampPage(page)), reversedTxnId, done);
    }

    private TemplateInstance member(MemberPage page, Long reversedTxnId, String done) {
        // The reversal is her newest entry, so the first page shows it even when the original is pages back.
        boolean reversed = reversedTxnId != null && page.savings().stream()
                .anyMatch(r -> r.txnId() == reversedTxnId && r.reversedByTxnId() != null
                        || reversedTxnId.equals(r.reversesTxnId()));
        if (done != null && DONE.containsKey(done)) {
            page = page.withNotice(words.message(DONE.get(done)));
        }
        return Templates.member(reversed ? page.withNotice(rec().mp_reversed(reversedTxnId)) : page);
    }

    private RecordMessages rec() {
        return words.bundle(RecordMessages.class);
    }

    // --- keeping her record current: enrol, edit, exit, phones (MemberUpkeepForms) ---

    @GET
    @Path("/new")
    public TemplateInstance newMember(@QueryParam("shgId") long shgId) {
        return Templates.form(forms.newMember(shgId, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("shgId") long shgId, @FormParam("name") String name,
                           @FormParam("nameNative") String nameNative, @FormParam("language") String language,
                           @FormParam("script") String script, @FormParam("role") String role,
                           @FormParam("memberNo") String memberNo, @FormParam("joinedOn") String joinedOn,
                           @FormParam("phones") String phones) {
        Map<String, String> values = RecordForm.values("name", name, "nameNative", nameNative, "language", language,
                "script", script, "role", role, "memberNo", memberNo, "joinedOn", joinedOn, "phones", phones);
        try {
            long id = forms.create(shgId, values).memberId();
            return done(id, "created");
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.form(forms.newMember(shgId, RecordForm.refused(values, e)))).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        return Templates.form(forms.editMember(id, null));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @FormParam("version") String version, @FormParam("name") String name,
                           @FormParam("nameNative") String nameNative, @FormParam("language") String language,
                           @FormParam("script") String script, @FormParam("role") String role) {
        Map<String, String> values = RecordForm.values("version", version, "name", name, "nameNative", nameNative,
                "language", language, "script", script, "role", role);
        try {
            forms.update(id, values);
            return done(id, "edited");
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.form(forms.editMember(id, RecordForm.refused(values, e)))).build();
        }
    }

    @POST
    @Path("/{id}/exit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exit(@PathParam("id") long id, @FormParam("exitedOn") String exitedOn, @FormParam("reason") String reason) {
        return onMemberPage(id, "exited", rec()::mp_not_exited, () -> forms.exit(id, exitedOn, reason));
    }

    @POST
    @Path("/{id}/phones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPhone(@PathParam("id") long id, @FormParam("phone") String phone) {
        return onMemberPage(id, "phone-added", rec()::mp_not_added, () -> forms.addPhone(id, phone));
    }

    @POST
    @Path("/{id}/phones/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removePhone(@PathParam("id") long id, @FormParam("phone") String phone) {
        return onMemberPage(id, "phone-removed", rec()::mp_not_removed, () -> forms.removePhone(id, phone));
    }

    /** Runs a change made from a form on her page; a refusal shows the page again with the reason. */
    private Response onMemberPage(long id, String done, java.util.function.UnaryOperator<String> refusal, Runnable change) {
        try {
            change.run();
            return done(id, done);
        } catch (DomainException e) {
            MemberPage page = records.page(id).withError(refusal.apply(ConsoleErrors.message(e)));
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.member(page)).build();
        }
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/admin/members/" + id + "?done=" + what)).build();
    }

    @POST
    @Path("/{id}/savings/{txnId}/reversal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reverse(@PathParam("id") long memberId, @PathParam("txnId") long txnId,
                            @FormParam("reason") String reason, @FormParam("idempotencyKey") String idempotencyKey) {
        try {
            SavingsCorrections.Reversal done = corrections.reverse(txnId, reason, idempotencyKey);
            return Response.seeOther(URI.create("/admin/members/" + done.memberId() + "?reversed=" + txnId)).build();
        } catch (DomainException e) {
            MemberPage page = records.page(memberId).withError(rec().mp_not_reversed(txnId, ConsoleErrors.message(e)));
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.member(page)).build();
        }
    }
}
