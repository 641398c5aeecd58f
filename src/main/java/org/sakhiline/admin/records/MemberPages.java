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
    }

    private final MemberRecords records;
    private final SavingsCorrections corrections;

    public MemberPages(MemberRecords records, SavingsCorrections corrections) {
        this.records = records;
        this.corrections = corrections;
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return Templates.search(records.search(q, Paging.clampPage(page)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance member(@PathParam("id") long id, @QueryParam("reversed") Long reversedTxnId) {
        MemberPage page = records.page(id);
        boolean reversed = reversedTxnId != null && page.savings().stream()
                .anyMatch(r -> r.txnId() == reversedTxnId && r.reversedByTxnId() != null);
        return Templates.member(reversed ? page.withNotice("Transaction " + reversedTxnId + " has been reversed.") : page);
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
            MemberPage page = records.page(memberId).withError("Transaction " + txnId + " was not reversed: "
                    + ConsoleErrors.message(e));
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.member(page)).build();
        }
    }
}
