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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    @POST
    @Path("/loans")
    @Operation(summary = "Disburse a loan and generate its schedule (Idempotency-Key header required)")
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid ApiRequests.LoanTerms body) {
        scope.requireMember(body.memberId());
        String key = Idempotency.require(idempotencyKey);
        LoanSchedule created = loans.create(body.toNewLoan(), key);
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
    @Operation(summary = "Post a repayment: charge first, then principal, oldest instalment first (Idempotency-Key required)")
    public Response repay(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                          @NotNull @Valid ApiRequests.Repayment body) {
        scope.requireLoan(id);
        String key = Idempotency.require(idempotencyKey);
        PostedRepayment r = loans.repay(id, body.amountPaise(), body.posting().context(key));
        return Idempotency.created(URI.create("/api/v1/loan-repayments/" + r.repaymentId()), r, r.replayed());
    }

    @POST
    @Path("/loan-repayments/{id}/reversal")
    @Operation(summary = "Reverse a repayment (once; Idempotency-Key header required; body optional)")
    public Response reverse(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                            @Valid ApiRequests.Posting body) {
        scope.requireLoanRepayment(id);
        String key = Idempotency.require(idempotencyKey);
        PostedRepayment r = loans.reverseRepayment(id, (body == null ? ApiRequests.Posting.DEFAULTS : body).context(key));
        return Idempotency.created(URI.create("/api/v1/loan-repayments/" + r.repaymentId()), r, r.replayed());
    }
}
