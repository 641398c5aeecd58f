package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.MeetingSummary;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meeting occurrences: attendance and cancellation")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    AccessScope scope;

    @POST
    @Path("/{id}/attendance")
    @Operation(summary = "Mark a meeting held and record who was present (every other active member is absent)")
    public MeetingSummary attendance(@PathParam("id") long id, @NotNull @Valid ApiRequests.AttendanceRequest body) {
        scope.requireMeeting(id);
        return meetings.recordAttendance(id, body.presentMemberIds());
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(summary = "Ids of the members present at a meeting")
    public List<Long> present(@PathParam("id") long id) {
        scope.requireMeeting(id);
        return meetings.presentMembers(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel a scheduled meeting")
    public MeetingSummary cancel(@PathParam("id") long id) {
        scope.requireMeeting(id);
        return meetings.cancel(id);
    }
}
