package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.meetings.NextMeeting;
import org.sakhiline.books.org.NewOrgUnit;
import org.sakhiline.books.org.OrgLevel;
import org.sakhiline.books.org.OrgUnitChanges;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.NotFoundException;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "Federation tree: CLF/LSO, VO, SHG/CO with group profiles and meetings")
public class OrgUnitResource {

    @Inject
    OrgUnitService orgUnits;

    @Inject
    MeetingService meetings;

    @Inject
    AccessScope scope;

    @POST
    @Operation(summary = "Create an org unit (an SHG/CO needs shgProfile)")
    public Response create(@NotNull @Valid NewOrgUnit body) {
        if (body.parentId() == null) {
            scope.requireAdmin();   // a new top of the tree belongs to nobody's subtree yet
        } else {
            scope.requireUnit(body.parentId());
        }
        OrgUnitView created = orgUnits.create(body);
        return Response.created(URI.create("/api/v1/org-units/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit an org unit's names, place and (groups) profile; 'version' is the one you read"
            + " (409 stale-version if someone saved since)")
    public OrgUnitView update(@PathParam("id") long id, @NotNull @Valid OrgUnitChanges body) {
        scope.requireUnit(id);
        return orgUnits.update(id, body);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an org unit")
    public OrgUnitView get(@PathParam("id") long id) {
        scope.requireUnit(id);
        return orgUnits.find(id).orElseThrow(() -> new NotFoundException("org unit", id));
    }

    @GET
    @Operation(summary = "List org units, optionally by parent and level (staff: within their subtree)")
    public ResultPage<OrgUnitView> list(@QueryParam("parentId") Long parentId, @QueryParam("level") OrgLevel level,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        if (parentId != null) {
            scope.requireUnit(parentId);
        }
        return orgUnits.list(parentId, level, scope.subtreeUnitIds(), page, size);
    }

    @GET
    @Path("/{id}/meetings")
    @Operation(summary = "List a group's generated meetings in a date range (default: the next 90 days)")
    public List<MeetingSummary> meetings(@PathParam("id") long id, @QueryParam("from") String fromParam,
                                      @QueryParam("to") String toParam) {
        LocalDate from = QueryDates.parse(fromParam, "from");
        LocalDate to = QueryDates.parse(toParam, "to");
        get(id);
        LocalDate start = from == null ? LocalDate.now() : from;
        return meetings.meetings(id, start, to == null ? start.plusDays(90) : to);
    }

    @POST
    @Path("/{id}/meetings/generate")
    @Operation(summary = "Generate a group's meetings from its schedule for a date range (idempotent)")
    public List<MeetingSummary> generate(@PathParam("id") long id, @NotNull @Valid ApiRequests.MeetingRange body) {
        scope.requireUnit(id);
        return meetings.generate(id, body.from(), body.to());
    }

    @GET
    @Path("/{id}/next-meeting")
    @Operation(summary = "The group's next scheduled meeting after now")
    public NextMeeting nextMeeting(@PathParam("id") long id) {
        scope.requireUnit(id);
        return meetings.nextMeeting(id, Instant.now()).orElseThrow(() -> new NotFoundException("next meeting of group", id));
    }
}
