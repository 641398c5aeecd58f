package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.reminders.PlanResult;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderConfig;
import org.sakhiline.reminders.ReminderJob;
import org.sakhiline.reminders.ReminderPreferences;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;

@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "Run the reminder planner; members' reminder preferences")
public class ReminderResource {

    @Inject
    ReminderJob job;

    @Inject
    ReminderConfig config;

    @Inject
    ReminderPreferences preferences;

    @Inject
    AccessScope scope;

    /** A member's reminder settings: stopped or not, and her channel (null: as the rule says). */
    public record Preference(boolean stopped, ReminderChannel channel) {}

    @POST
    @Path("/plan")
    @Consumes(MediaType.WILDCARD)   // no body: operators call it with a bare POST
    @Operation(summary = "Plan and enqueue the reminders due in (from, at]; at defaults to now, from to at minus the catch-up"
            + " period. Safe to repeat: a reminder already in the outbox is not written again.")
    public PlanResult plan(@QueryParam("at") String at, @QueryParam("from") String from) {
        scope.requireAdmin();   // plans reminders for every federation at once
        Instant to = at == null || at.isBlank() ? job.clock().instant() : instant("at", at);
        Instant start = from == null || from.isBlank() ? to.minus(config.catchUp()) : instant("from", from);
        if (!start.isBefore(to)) {
            throw new InvalidInputException("from", "must be before 'at'");
        }
        return job.runWindow(start, to).orElseThrow(() -> new ConflictException("planner-busy",
                "another planner run is in progress; try again in a minute"));
    }

    @GET
    @Path("/members/{memberId}/preference")
    @Operation(summary = "Whether a member stopped reminders and the channel she prefers")
    public Preference preference(@PathParam("memberId") long memberId) {
        scope.requireMember(memberId);
        return new Preference(preferences.optedOut(memberId), preferences.channel(memberId).orElse(null));
    }

    @PUT
    @Path("/members/{memberId}/preference")
    @Operation(summary = "Stop/start a member's reminders and set (or with null clear) her channel")
    public Preference setPreference(@PathParam("memberId") long memberId, @NotNull Preference body) {
        scope.requireMember(memberId);
        if (body.stopped()) {
            preferences.stop(memberId);
        } else {
            preferences.start(memberId);
        }
        preferences.setChannel(memberId, body.channel());
        return preference(memberId);
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 instant such as 2026-02-16T12:30:00Z");
        }
    }
}
