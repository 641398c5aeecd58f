package org.sakhiline.channel.sms;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;

/** What the webhook answers: TwiML with the reply text, or an empty {@code <Response/>}. */
public record SmsAnswer(String inlineReply) {

    public static final SmsAnswer EMPTY = new SmsAnswer(null);

    public String twiml() {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        if (inlineReply != null && !inlineReply.isEmpty()) {
            response.message(new Message.Builder(inlineReply).build());
        }
        return response.build().toXml();
    }
}
