package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsEntry;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.support.problem.NotFoundException;

@Path("/api/v1/savings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Savings", description = "The append-only savings log")
public class SavingsResource {

    @Inject
    SavingsService savings;

    @Inject
    AccessScope scope;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{txnId}")
    @Operation(summary = "Read one savings transaction")
    public SavingsEntry get(@PathParam("txnId") long txnId) {
        scope.requireSavingsTxn(txnId);
        return savings.transaction(txnId).orElseThrow(() -> new NotFoundException("savings transaction", txnId));
    }

    @POST
    @Path("/{txnId}/reversal")
    @Operation(summary = "Reverse a transaction (once; Idempotency-Key header required; body optional)",
            description = MemberResource.IDEMPOTENT_POSTING)
    public Response reverse(@PathParam("txnId") long txnId, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                            @Valid ApiRequests.Posting body, @Context UriInfo uri) {
        scope.requireSavingsTxn(txnId);
        ApiRequests.Posting b = body == null ? ApiRequests.Posting.DEFAULTS : body;
        PostedTxn posted = savings.reverse(txnId, idempotency.context(idempotencyKey, uri, b, b.valueDate(),
                b.externalRef(), b.note()));
        return Idempotency.created(URI.create("/api/v1/savings/" + posted.txnId()), posted, posted.replayed());
    }
}
