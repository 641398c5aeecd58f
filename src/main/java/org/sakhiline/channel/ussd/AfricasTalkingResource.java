package org.sakhiline.channel.ussd;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Africa's Talking USSD callback: form fields {@code sessionId, serviceCode, phoneNumber, networkCode,
 * text}; answers {@code text/plain} starting {@code CON } or {@code END }. Unknown fields are ignored;
 * a missing required one is a 400 (the gateway is misconfigured, not the member).
 */
@Path("/ussd/africastalking")
@GatewayAuthenticated
@Tag(name = "USSD")
public class AfricasTalkingResource {

    /** serviceCode and networkCode are a few characters; a longer one is not a gateway speaking. */
    private static final int MAX_CODE_LENGTH = 40;

    private final UssdConversation conversation;
    private final UssdConfig config;

    public AfricasTalkingResource(UssdConversation conversation, UssdConfig config) {
        this.conversation = conversation;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "One USSD hop (Africa's Talking protocol)")
    @NonBlocking // a hop starts on the I/O thread: see IoThreadFirst
    public Uni<Response> hop(@RestForm String sessionId, @RestForm String serviceCode, @RestForm String phoneNumber,
                        @RestForm String networkCode, @RestForm String text) {
        String missing = UssdRequests.firstMissing("sessionId", sessionId, "serviceCode", serviceCode,
                "phoneNumber", phoneNumber);
        if (missing != null) {
            return Uni.createFrom().item(UssdRequests.badRequest("missing form field: " + missing));
        }
        String phone = UssdRequests.e164(phoneNumber);
        if (phone == null || sessionId.length() > 100) {
            return Uni.createFrom().item(UssdRequests.badRequest(
                    phone == null ? "phoneNumber is not a phone number" : "sessionId too long"));
        }
        if (text != null && text.length() > config.maxTextLength()) {
            return Uni.createFrom().item(UssdRequests.badRequest("text too long"));
        }
        if (serviceCode.length() > MAX_CODE_LENGTH || (networkCode != null && networkCode.length() > MAX_CODE_LENGTH)) {
            return Uni.createFrom().item(UssdRequests.badRequest("serviceCode or networkCode too long"));
        }
        return conversation.africasTalking(sessionId, phone, text).map(reply -> Response.ok(reply.africasTalking()).build());
    }

    /** End-of-session notification ({@code status}, {@code durationInMillis}, {@code hopsCount}, {@code errorMessage}). */
    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Africa's Talking end-of-session notification")
    public Response sessionEnded(@RestForm String sessionId, @RestForm String status, @RestForm String errorMessage,
                                 @RestForm String durationInMillis, @RestForm String hopsCount) {
        if (sessionId == null || sessionId.isBlank()) {
            return UssdRequests.badRequest("missing form field: sessionId");
        }
        String reason = (status == null ? "ended" : status) + (errorMessage == null || errorMessage.isBlank()
                ? "" : ": " + errorMessage);
        conversation.close(sessionId, true, reason);
        return Response.ok("OK").build();
    }
}
