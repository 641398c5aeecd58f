package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.channel.voice.OutboundCalls;
import org.sakhiline.support.problem.InvalidInputException;

/** Admin API: call a member to speak a message, or to take her through a menu. */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Outbound voice calls to members")
public class CallResource {

    @Inject
    OutboundCalls calls;

    @Inject
    AccessScope scope;

    /**
     * Exactly one of {@code flow} and {@code message}. {@code dedupeKey} (message calls) makes a repeated
     * request queue nothing new.
     */
    public record CallRequest(
            @NotNull Long memberId,
            @Size(max = 40) @Pattern(regexp = "[a-z0-9_-]+") String flow,
            @Size(min = 1, max = 1600) String message,
            @Size(max = 150) String dedupeKey) {}

    @POST
    @Operation(summary = "Call a member: 'message' is spoken in her language (queued, 202), 'flow' is placed now (201)")
    public Response call(@NotNull @Valid CallRequest body) {
        scope.requireMember(body.memberId());
        boolean hasFlow = body.flow() != null;
        boolean hasMessage = body.message() != null && !body.message().isBlank();
        if (hasFlow == hasMessage) {
            throw new InvalidInputException("flow", "give exactly one of flow and message");
        }
        if (hasMessage) {
            return Response.accepted(calls.message(body.memberId(), body.message().strip(), body.dedupeKey())).build();
        }
        return Response.status(Response.Status.CREATED).entity(calls.menu(body.memberId(), body.flow())).build();
    }
}
