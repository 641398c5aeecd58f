package org.sakhiline.messaging.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.SendResult;
import org.sakhiline.messaging.SmsSender;

/**
 * Sends SMS through the Twilio Messages API with the official SDK.
 *
 * <p>DLT (India): the Messages API and SDK 10.6.5 have no documented parameter for the DLT content
 * template id; Twilio matches registered templates on its side from the sender and body. The id is kept
 * on the outbox row (and so in reports) but not sent.
 */
@ApplicationScoped
@Typed(TwilioSmsSender.class) // not an SmsSender bean itself: the outbox's comes from SmsSenderChoice
public class TwilioSmsSender implements SmsSender {

    public static final String STATUS_CALLBACK_PATH = "/sms/twilio/status";

    @Inject
    public TwilioConfig twilio;

    @Inject
    PublicUrlConfig publicUrl;

    @Inject
    TwilioClientFactory clients;

    @Override
    public boolean ready() {
        return twilio.canSend();
    }

    @Override
    public SendResult send(OutboxMessage m) {
        try {
            MessageCreator creator = twilio.messagingServiceSid()
                    .map(service -> Message.creator(new PhoneNumber(m.recipient), service, m.body))
                    .orElseGet(() -> Message.creator(new PhoneNumber(m.recipient),
                            new PhoneNumber(twilio.fromNumber().orElseThrow()), m.body));
            creator.setStatusCallback(publicUrl.base() + STATUS_CALLBACK_PATH);
            Message sent = creator.create(clients.client());
            return SendResult.accepted(sent.getSid(), sent.getStatus() == null ? null : sent.getStatus().toString());
        } catch (TwilioException | IllegalStateException e) {
            return TwilioErrors.toResult(e);
        }
    }
}
