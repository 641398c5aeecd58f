package org.sakhiline.channel.sms;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.sakhiline.messaging.twilio.TwilioSigned;
import org.sakhiline.support.CorrelationId;
import org.sakhiline.support.PhoneMask;

/**
 * Twilio's inbound message webhook. Answers TwiML: the reply to the sender, or an empty
 * {@code <Response/>} when there is nothing to say or the reply goes through the outbox. Signature
 * checked by {@link TwilioSigned} (403 before this runs).
 */
@Path("/sms/twilio")
public class SmsInboundResource {

    private static final Logger LOG = Logger.getLogger(SmsInboundResource.class);
    /** The columns of sms_inbound: longer values are no Twilio message. */
    private static final int MAX_SID = 64;
    private static final int MAX_NUMBER = 32;
    private static final int MAX_BODY = 1600;

    @Inject
    InboundSmsService service;

    @Inject
    SmsTemplates templates;

    @POST
    @TwilioSigned
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public String inbound(@RestForm("MessageSid") String messageSid, @RestForm("From") String from,
                          @RestForm("To") String to, @RestForm("Body") String body,
                          @RestForm("OptOutType") String optOutType) {
        if (messageSid == null || messageSid.isBlank() || from == null || from.isBlank()) {
            return SmsAnswer.EMPTY.twiml();
        }
        if (messageSid.length() > MAX_SID || from.length() > MAX_NUMBER || (to != null && to.length() > MAX_NUMBER)
                || (body != null && body.length() > MAX_BODY)) {
            // Not Twilio's shape (its SIDs are 34 characters, numbers E.164, bodies at most 1600): nothing to store or answer.
            LOG.warnf("inbound SMS refused: a field is longer than Twilio ever sends (%d-character From)", from.length());
            return SmsAnswer.EMPTY.twiml();
        }
        try {
            return service.handle(new InboundSms(messageSid.strip(), from.strip(), to, body, optOutType)).twiml();
        } catch (RuntimeException e) {
            // Nothing is recorded, so Twilio's redelivery (if any) is processed afresh.
            String cid = CorrelationId.begin();
            try {
                LOG.errorf(e, "inbound SMS %s from %s failed (cid %s)", messageSid, PhoneMask.mask(from), cid);
            } finally {
                CorrelationId.end();
            }
            return new SmsAnswer(templates.render(InboundSmsService.guessLanguage(from), "busy").text()).twiml();
        }
    }
}
