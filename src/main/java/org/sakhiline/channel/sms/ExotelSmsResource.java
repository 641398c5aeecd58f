package org.sakhiline.channel.sms;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sakhiline.messaging.DeliveryReports;
import org.sakhiline.messaging.exotel.ExotelGatewayChoice;
import org.sakhiline.messaging.exotel.ExotelStatuses;
import org.sakhiline.messaging.exotel.ExotelWebhookGuard;
import org.sakhiline.support.CorrelationId;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.PhoneNumbers;

/**
 * Exotel's SMS webhooks under a secret path ({@link ExotelWebhookGuard}): inbound messages (the documented
 * fields SmsSid, From, To, Date, Body, as a GET query or a form POST) and delivery reports for messages we
 * sent (SmsSid, Status, DetailedStatusCode). An inbound message is handled once per SmsSid like Twilio's
 * MessageSid; its answer is sent through Exotel as an SMS of its own (with the DLT fields an inline reply
 * could not carry), so the webhook itself answers an empty 200.
 */
@Path("/sms/exotel/{secret}")
public class ExotelSmsResource {

    private static final Logger LOG = Logger.getLogger(ExotelSmsResource.class);
    private static final String PREFIX = ExotelGatewayChoice.GATEWAY + ":";
    /** The columns of sms_inbound: longer values are no Exotel message. */
    private static final int MAX_SID = 64 - PREFIX.length();
    private static final int MAX_NUMBER = 32;
    private static final int MAX_BODY = 1600;

    @Inject
    ExotelWebhookGuard guard;

    @Inject
    InboundSmsService service;

    @Inject
    DeliveryReports reports;

    @Context
    HttpServerRequest request;

    @GET
    @Path("/inbound")
    @Produces(MediaType.TEXT_PLAIN)
    public Response inboundByQuery(@RestPath String secret, @RestQuery("SmsSid") String smsSid,
                                   @RestQuery("From") String from, @RestQuery("To") String to,
                                   @RestQuery("Body") String body) {
        return inbound(secret, smsSid, from, to, body);
    }

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response inboundByForm(@RestPath String secret, @RestForm("SmsSid") String smsSid,
                                  @RestForm("From") String from, @RestForm("To") String to,
                                  @RestForm("Body") String body) {
        return inbound(secret, smsSid, from, to, body);
    }

    /** Always 204 for an authentic request, even for an unknown SmsSid: an error would only bring retries. */
    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@RestPath String secret, @RestForm("SmsSid") String smsSid, @RestForm("Status") String status,
                           @RestForm("DetailedStatusCode") String detailedStatusCode) {
        Response refused = refusal(secret);
        if (refused != null) {
            return refused;
        }
        if (smsSid != null && !smsSid.isBlank() && smsSid.length() <= 64 && status != null && !status.isBlank()
                && status.length() <= 32) {
            String normal = ExotelStatuses.normalise(status);
            // DetailedStatusCode is set on success too (20005 DELIVERED_TO_HANDSET): only a failure's is an error.
            boolean failure = normal.equals("failed") || normal.equals("undelivered");
            reports.record(smsSid.strip(), normal, failure ? code(detailedStatusCode) : null);
        }
        return Response.noContent().build();
    }

    private Response inbound(String secret, String smsSid, String from, String to, String body) {
        Response refused = refusal(secret);
        if (refused != null) {
            return refused;
        }
        if (smsSid == null || smsSid.isBlank() || from == null || from.isBlank()) {
            return Response.ok("").build();
        }
        if (smsSid.length() > MAX_SID || from.length() > MAX_NUMBER || (to != null && to.length() > MAX_NUMBER)
                || (body != null && body.length() > MAX_BODY)) {
            LOG.warnf("Exotel inbound SMS refused: a field is longer than Exotel sends (%d-character From)", from.length());
            return Response.ok("").build();
        }
        Optional<String> sender = indianNumber(from);
        if (sender.isEmpty()) {
            LOG.warnf("Exotel inbound SMS %s ignored: From %s is no phone number", smsSid, PhoneMask.mask(from));
            return Response.ok("").build();
        }
        try {
            service.handle(new InboundSms(PREFIX + smsSid.strip(), sender.get(), to, body, null,
                    ExotelGatewayChoice.GATEWAY));
            return Response.ok("").build();
        } catch (RuntimeException e) {
            // Nothing is recorded: Exotel's retry (it makes up to two) is processed afresh.
            String cid = CorrelationId.begin();
            try {
                LOG.errorf(e, "Exotel inbound SMS %s from %s failed (cid %s)", smsSid, PhoneMask.mask(from), cid);
            } finally {
                CorrelationId.end();
            }
            return Response.status(503).type(MediaType.TEXT_PLAIN).entity("try again").build();
        }
    }

    private Response refusal(String secret) {
        SocketAddress remote = request.remoteAddress();
        return switch (guard.check(secret, remote == null ? null : remote.hostAddress())) {
            case ALLOWED -> null;
            case NO_SUCH_WEBHOOK -> Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
            case WRONG_SOURCE -> Response.status(403).type(MediaType.TEXT_PLAIN).entity("forbidden").build();
        };
    }

    /**
     * Exotel writes Indian numbers as "09812345678", "9812345678", "919812345678" or E.164; all become
     * "+919812345678". Anything libphonenumber cannot read as a number is dropped.
     */
    static Optional<String> indianNumber(String from) {
        String f = from.strip();
        String digits = f.replaceAll("[^0-9]", "");
        if (!f.startsWith("+") && digits.length() == 12 && digits.startsWith("91")) {
            f = "+" + digits;
        }
        return PhoneNumbers.normalise(f, "IN");
    }

    private static Integer code(String s) {
        if (s == null || s.isBlank() || s.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
