package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.books.sheets.SheetSummary;
import org.sakhiline.support.problem.InvalidInputException;

/** Lists of meeting sheets for staff: waiting for confirmation, and flagged by members' WRONG replies. */
@Path("/api/v1/sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting sheets")
public class SheetListResource {

    @Inject
    MeetingSheets sheets;

    @Inject
    AccessScope scope;

    @GET
    @Operation(summary = "Sheets waiting for confirmation (status=SUBMITTED) in your part of the federation, oldest first")
    public List<SheetSummary> list(@QueryParam("status") @DefaultValue("SUBMITTED") SheetStatus status,
                                   @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        if (status != SheetStatus.SUBMITTED) {
            throw new InvalidInputException("status", "only SUBMITTED is listed here");
        }
        return sheets.awaitingConfirmation(scope.subtreeUnitIds(), limit);
    }

    @GET
    @Path("/flagged")
    @Operation(summary = "Confirmed sheets a member answered WRONG to, not yet resolved, newest flag first")
    public List<SheetSummary> flagged(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return sheets.flagged(scope.subtreeUnitIds(), limit);
    }
}
