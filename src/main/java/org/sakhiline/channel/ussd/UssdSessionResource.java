package org.sakhiline.channel.ussd;

import com.fasterxml.jackson.annotation.JsonProperty;
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

/**
 * The other gateway family (Indian aggregators, Infobip, Hubtel): JSON with only the latest input and a
 * new/continue/end event; answers {@code {"message", "continue"}}. Same engine and sessions as
 * Africa's Talking.
 */
@Path("/ussd/session")
@GatewayAuthenticated
@Tag(name = "USSD")
public class UssdSessionResource {

    /**
     * @param hop optional: the gateway's number of this hop in the session (1 on "new", then counting up). With it a
     *            hop the gateway sends again gets the answer the first one got; without it a repeat is new input.
     */
    public record HopRequest(String sessionId, String phoneNumber, String serviceCode, String input, String event,
                             Integer hop) {}

    public record HopResponse(String message, @JsonProperty("continue") boolean continues) {}

    private final UssdConversation conversation;

    public UssdSessionResource(UssdConversation conversation) {
        this.conversation = conversation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One USSD hop (latest-input gateways)")
    @NonBlocking // a hop starts on the I/O thread: see IoThreadFirst
    public Uni<Response> hop(HopRequest request) {
        if (request == null) {
            return Uni.createFrom().item(UssdRequests.badRequest("a JSON body is required"));
        }
        String missing = UssdRequests.firstMissing("sessionId", request.sessionId(), "phoneNumber",
                request.phoneNumber(), "serviceCode", request.serviceCode(), "event", request.event());
        if (missing != null) {
            return Uni.createFrom().item(UssdRequests.badRequest("missing field: " + missing));
        }
        String phone = UssdRequests.e164(request.phoneNumber());
        if (phone == null || request.sessionId().length() > 100) {
            return Uni.createFrom().item(UssdRequests.badRequest(
                    phone == null ? "phoneNumber is not a phone number" : "sessionId too long"));
        }
        if (request.serviceCode().length() > 40) {
            return Uni.createFrom().item(UssdRequests.badRequest("serviceCode too long"));
        }
        return switch (request.event()) {
            case "new", "continue" -> conversation.latestInput(request.sessionId(), phone, request.input(),
                    "new".equals(request.event()), request.hop()).map(reply -> Response.ok(new HopResponse(reply.text(), reply.continues())).build());
            case "end" -> {
                conversation.close(request.sessionId(), false, "gateway end");
                yield Uni.createFrom().item(Response.ok(new HopResponse("", false)).build());
            }
            default -> Uni.createFrom().item(UssdRequests.badRequest("event must be new, continue or end"));
        };
    }
}
