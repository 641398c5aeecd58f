package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.ConfirmResult;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetEvent;
import org.sakhiline.books.sheets.SheetFlag;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * A meeting's sheet over the API, under the same rules as USSD and the console ({@link MeetingSheets}). The
 * signed-in user acts as {@code console:<username>} on channel API; a STAFF user outside the group's subtree
 * gets 403 as for every other record.
 */
@Path("/api/v1/meetings/{id}/sheet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting sheets", description = "A meeting written as one sheet: draft, submit, confirm (maker–checker) or reject")
public class SheetResource {

    static final String CODES = "Refusals are problem+json: 400 invalid-input; 403 forbidden (outside your part of the"
            + " federation) or maker-is-checker; 404 not-found; 409 stale-version; 422 not-whole-rupees, amount-over-limit,"
            + " repayment-over-outstanding, not-her-loan, not-in-group, member-exited, sheet-not-draft, sheet-incomplete,"
            + " sheet-not-submitted, meeting-in-future, meeting-cancelled.";

    @Inject
    MeetingSheets sheets;

    @Inject
    AccessScope scope;

    @GET
    @Operation(summary = "The meeting's sheet; before anyone saved it, the DRAFT it would open as (group savings, instalments due)",
            description = "Lines in member-number order; a line with attendance null is not entered yet. A sheet nobody"
                    + " opened yet reads with sheetId 0 and version 0 and is not written by reading: the first PUT"
                    + " (version 0) opens it. " + CODES)
    public SheetView get(@PathParam("id") long meetingId) {
        scope.requireMeeting(meetingId);
        return sheets.forMeeting(meetingId).orElseGet(() -> sheets.prefill(meetingId, Instant.now()));
    }

    @PUT
    @Operation(summary = "Save lines and the cash counted on the DRAFT; 'version' (or If-Match) is the one you read",
            description = "A save made from an older version is refused (409 stale-version) and changes nothing. " + CODES)
    public SheetView save(@PathParam("id") long meetingId, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid SheetRequests.DraftRequest body) {
        scope.requireMeeting(meetingId);
        SheetView sheet = sheet(meetingId);
        Long version = body.version() != null ? body.version() : ifMatch(ifMatch);
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the sheet you edited (or If-Match)");
        }
        return sheets.save(sheet.sheetId(), version, body.edits(), body.cashCountedPaise(), actor());
    }

    @POST
    @Path("/submit")
    @Operation(summary = "Submit the DRAFT for confirmation: every line entered and the cash counted", description = CODES)
    public SheetView submit(@PathParam("id") long meetingId) {
        scope.requireMeeting(meetingId);
        return sheets.submit(sheet(meetingId).sheetId(), actor());
    }

    @POST
    @Path("/confirm")
    @Operation(summary = "Confirm a SUBMITTED sheet: posts every entry once, in one transaction",
            description = "Savings, fines and repayments go to the ledger with channel MEETING and you as actor, each row"
                    + " naming the sheet; attendance goes to the meeting; each member present gets a receipt. Whoever"
                    + " recorded or submitted the sheet may not confirm it. A repeat answers like the first with"
                    + " alreadyConfirmed=true and posts nothing. " + CODES)
    public ConfirmResult confirm(@PathParam("id") long meetingId) {
        scope.requireMeeting(meetingId);
        return sheets.confirm(sheet(meetingId).sheetId(), actor(), Instant.now());
    }

    @POST
    @Path("/reject")
    @Operation(summary = "Send a SUBMITTED sheet back to DRAFT with a reason (kept in its history)", description = CODES)
    public SheetView reject(@PathParam("id") long meetingId, @NotNull @Valid SheetRequests.RejectRequest body) {
        scope.requireMeeting(meetingId);
        return sheets.reject(sheet(meetingId).sheetId(), body.reason(), actor());
    }

    /** The sheet's history and WRONG flags. */
    public record SheetHistoryView(List<SheetEvent> events, List<SheetFlag> flags) {}

    @GET
    @Path("/history")
    @Operation(summary = "Who made, submitted, confirmed, rejected or corrected the sheet, when and from which channel;"
            + " members' WRONG flags")
    public SheetHistoryView history(@PathParam("id") long meetingId) {
        scope.requireMeeting(meetingId);
        long sheetId = sheet(meetingId).sheetId();
        return new SheetHistoryView(sheets.history(sheetId), sheets.flags(sheetId));
    }

    private SheetView sheet(long meetingId) {
        return sheets.forMeeting(meetingId).orElseGet(() -> sheets.open(meetingId, actor(), Instant.now()));
    }

    private SheetActor actor() {
        return SheetActor.console(scope.username(), Channel.API);
    }

    /** {@code "3"}, {@code 3} or {@code W/"3"}; anything else is refused. */
    private static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!v.matches("[0-9]{1,18}")) {
            throw new InvalidInputException("If-Match", "must be the sheet's version, e.g. \"3\"");
        }
        return Long.valueOf(v);
    }
}
