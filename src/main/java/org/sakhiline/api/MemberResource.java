package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.loans.LoanDetails;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.NextMeeting;
import org.sakhiline.books.members.MemberChanges;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberRecord;
import org.sakhiline.books.members.MemberUpkeep;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsEntry;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.NotFoundException;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Members, their phones, PINs, savings and loan dues")
public class MemberResource {

    @Inject
    MemberDirectory directory;

    @Inject
    MemberPins pins;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    MeetingService meetings;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AccessScope scope;

    @Inject
    MemberUpkeep upkeep;

    @Inject
    Idempotency idempotency;

    /** What every money-posting operation of the API promises (shown in the OpenAPI document). */
    static final String IDEMPOTENT_POSTING = "The server records who posted (console:<your username>) and the channel"
            + " (API); a body naming actor or channel is refused with 400. The Idempotency-Key is yours alone: a repeat"
            + " of the same request (same path and body) answers 201 like the first with header Idempotent-Replayed:"
            + " true; the same key with a different request is refused with 409. Amounts are whole paise up to the"
            + " configured limit per kind (400 above it). A member who has exited her group takes no postings (422,"
            + " member-exited).";

    /** Member with phones, as the API shows her. */
    public record MemberView(MemberSummary member, List<String> phones, long version) {}

    /** Balance plus the newest log rows. */
    public record SavingsView(long memberId, long balancePaise, List<SavingsEntry> recent) {}

    @POST
    @Operation(summary = "Enrol a member (member number unique within the group; omit it to take the next)")
    public Response create(@NotNull @Valid NewMember body) {
        scope.requireUnit(body.shgId());
        scope.requirePhonesNotHeldOutside(body.phones());
        MemberRecord m = upkeep.create(body);
        return Response.created(URI.create("/api/v1/members/" + m.memberId()))
                .entity(new MemberView(summary(m.memberId()), m.phones(), m.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a member with her phones")
    public MemberView get(@PathParam("id") long id) {
        scope.requireMember(id);
        return new MemberView(summary(id), directory.phonesOf(id), upkeep.record(id).version());
    }

    @GET
    @Operation(summary = "Search members by name, member number or phone (q), optionally within one group"
            + " (staff: within their subtree)")
    public ResultPage<MemberSummary> search(@QueryParam("q") String q, @QueryParam("shgId") Long shgId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        if (shgId != null) {
            scope.requireUnit(shgId);
        }
        return directory.search(q, shgId, scope.subtreeUnitIds(), page, size);
    }

    @PUT
    @Path("/{id}/pin")
    @Operation(summary = "Set or reset a member's 4-digit PIN (clears any lockout)")
    public Response setPin(@PathParam("id") long id, @NotNull @Valid ApiRequests.Pin body) {
        scope.requireMember(id);
        pins.setPin(id, body.pin());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/savings")
    @Operation(summary = "Post a deposit or withdrawal (Idempotency-Key header required; a repeat answers like the first)",
            description = IDEMPOTENT_POSTING)
    public Response post(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                         @NotNull @Valid ApiRequests.SavingsPost body, @Context UriInfo uri) {
        scope.requireMember(id);
        PostingContext ctx = idempotency.context(idempotencyKey, uri, body, body.valueDate(), body.externalRef(), body.note());
        PostedTxn posted = body.type() == ApiRequests.Direction.DEPOSIT
                ? savings.deposit(id, body.amountPaise(), ctx)
                : savings.withdraw(id, body.amountPaise(), ctx);
        return Idempotency.created(URI.create("/api/v1/savings/" + posted.txnId()), posted, posted.replayed());
    }

    @GET
    @Path("/{id}/savings")
    @Operation(summary = "Savings balance and the newest transactions")
    public SavingsView savings(@PathParam("id") long id,
                               @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(200) int limit) {
        summary(id);
        return new SavingsView(id, savings.balancePaise(id), savings.lastTransactions(id, limit));
    }

    @GET
    @Path("/{id}/loans")
    @Operation(summary = "A member's loans with their schedules")
    public List<LoanDetails> loans(@PathParam("id") long id) {
        summary(id);
        return loans.loansOf(id);
    }

    @GET
    @Path("/{id}/dues")
    @Operation(summary = "Loan dues on a date (default today): due by the next meeting, and overdue")
    public LoanDues dues(@PathParam("id") long id, @QueryParam("asOf") String asOfParam) {
        LocalDate asOf = QueryDates.parse(asOfParam, "asOf");
        MemberSummary m = summary(id);
        ZoneId zone = orgUnits.find(m.shgId()).map(u -> u.shgProfile() == null ? null : ZoneId.of(u.shgProfile().timeZone()))
                .orElse(ZoneId.of("Asia/Kolkata"));
        LocalDate day = asOf == null ? LocalDate.now(zone) : asOf;
        LocalDate nextMeeting = meetings.nextMeeting(m.shgId(), day.atStartOfDay(zone).toInstant())
                .map(NextMeeting::date).orElse(null);
        return loans.dues(id, day, nextMeeting);
    }

    /** Every read of one member passes here: scope first, so a member outside it is a 403 whether she exists or not. */
    private MemberSummary summary(long id) {
        scope.requireMember(id);
        return directory.member(id).orElseThrow(() -> new NotFoundException("member", id));
    }

    // --- Keeping her record current (issue 13): edits, exit, phones; each audited before/after by MemberUpkeep ---

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit her name, native name, language, script and role; 'version' is the one you read"
            + " (409 stale-version if someone saved since)")
    public MemberRecord update(@PathParam("id") long id, @NotNull MemberChanges body) {
        scope.requireMember(id);
        return upkeep.update(id, body);
    }

    @POST
    @Path("/{id}/exit")
    @Operation(summary = "Mark her exited: books kept; her phones stop identifying her, no more reminders, numbers free"
            + " for others")
    public MemberRecord exit(@PathParam("id") long id, @NotNull MemberUpkeepRequests.Exit body) {
        scope.requireMember(id);
        return upkeep.exit(id, body.exitedOn(), body.reason());
    }

    @POST
    @Path("/{id}/phones")
    @Operation(summary = "Add a phone (E.164, validated); a phone she already has changes nothing")
    public MemberRecord addPhone(@PathParam("id") long id, @NotNull MemberUpkeepRequests.Phone body) {
        scope.requireMember(id);
        String phone = org.sakhiline.books.members.MemberFields.phone(body.phone());
        scope.requirePhonesNotHeldOutside(phone == null ? List.of() : List.of(phone));
        return upkeep.addPhone(id, body.phone());
    }

    @DELETE
    @Path("/{id}/phones/{phone}")
    @Operation(summary = "Take a phone off her record (recycled SIM): it stops identifying her at once, what waits for"
            + " her on it in the outbox is cancelled, sessions on it end")
    public MemberRecord removePhone(@PathParam("id") long id, @PathParam("phone") String phone) {
        scope.requireMember(id);
        return upkeep.removePhone(id, phone);
    }
}
