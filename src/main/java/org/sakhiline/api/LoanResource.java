package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.sakhiline.books.loans.LoanDetails;
import org.sakhiline.books.loans.LoanSchedule;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.PostedRepayment;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Loans", description = "Loans, schedules, repayments")
public class LoanResource {

    @Inject
    LoanService loans;

    @Inject
    AccessScope scope;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/loans")
    @Operation(summary = "Disburse a loan and generate its schedule (Idempotency-Key header required)",
            description = MemberResource.IDEMPOTENT_POSTING)
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid ApiRequests.LoanTerms body,
                           @Context UriInfo uri) {
        scope.requireMember(body.memberId());
        LoanSchedule created = loans.create(body.toNewLoan(),
                idempotency.context(idempotencyKey, uri, body, body.disbursalDate(), null, null));
        return Idempotency.created(URI.create("/api/v1/loans/" + created.loanId()), created, created.replayed());
    }

    @GET
    @Path("/loans/{id}")
    @Operation(summary = "Read a loan with its schedule and paid amounts")
    public LoanDetails get(@PathParam("id") long id) {
        scope.requireLoan(id);
        return loans.details(id);
    }

    @POST
    @Path("/loans/{id}/repayments")
    @Operation(summary = "Post a repayment: charge first, then principal, oldest instalment first (Idempotency-Key required)",
            description = MemberResource.IDEMPOTENT_POSTING)
    public Response repay(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                          @NotNull @Valid ApiRequests.Repayment body, @Context UriInfo uri) {
        scope.requireLoan(id);
        PostedRepayment r = loans.repay(id, body.amountPaise(),
                idempotency.context(idempotencyKey, uri, body, body.valueDate(), body.externalRef(), null));
        return Idempotency.created(URI.create("/api/v1/loan-repayments/" + r.repaymentId()), r, r.replayed());
    }

    @POST
    @Path("/loan-repayments/{id}/reversal")
    @Operation(summary = "Reverse a repayment (once; Idempotency-Key header required; body optional)",
            description = MemberResource.IDEMPOTENT_POSTING)
    public Response reverse(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                            @Valid ApiRequests.Posting body, @Context UriInfo uri) {
        scope.requireLoanRepayment(id);
        ApiRequests.Posting b = body == null ? ApiRequests.Posting.DEFAULTS : body;
        PostedRepayment r = loans.reverseRepayment(id, idempotency.context(idempotencyKey, uri, b, b.valueDate(),
                b.externalRef(), b.note()));
        return Idempotency.created(URI.create("/api/v1/loan-repayments/" + r.repaymentId()), r, r.replayed());
    }
}
