package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.pins.MemberPinResets;
import org.sakhiline.books.pins.PinStatus;

/**
 * A member's PIN status and its staff reset. The reset is naturally idempotent (a repeat changes nothing and
 * answers the same status); a change is audited with before and after, never with a PIN or hash.
 */
@Path("/api/v1/members/{id}/pin-reset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Members, their phones, PINs, savings and loan dues")
public class MemberPinResource {

    @Inject
    MemberPinResets resets;

    @Inject
    AccessScope scope;

    /** {@code clearPin} (default true): remove her PIN; false: only release a lock (a held one too). */
    public record PinResetRequest(Boolean clearPin) {}

    @GET
    @Operation(summary = "A member's PIN: set or not, locked until when, held for staff, wrong tries today")
    public PinStatus status(@PathParam("id") long id) {
        scope.requireMember(id);
        return resets.status(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset a member's PIN (she sets a new one on USSD, or on a call after a code by SMS),"
            + " or with {\"clearPin\": false} only release its lock; a repeat changes nothing")
    public PinStatus reset(@PathParam("id") long id, PinResetRequest body) {
        scope.requireMember(id);
        boolean clearPin = body == null || body.clearPin() == null || body.clearPin();
        return resets.reset(id, clearPin).status();
    }
}
