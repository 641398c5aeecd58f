package org.sakhiline.messaging.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;
import org.sakhiline.messaging.MessagingConfig;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.SendResult;
import org.sakhiline.messaging.SmsSender;
import org.sakhiline.support.PhoneMask;

/**
 * Sends SMS through the Twilio Messages API with the official SDK.
 *
 * <p>DLT (India): the Messages API and SDK 10.6.5 have no documented parameter for the DLT content
 * template id; Twilio matches registered templates on its side from the sender and body. The id is kept
 * on the outbox row (and so in reports) but not sent.
 */
@ApplicationScoped
public class TwilioSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(TwilioSmsSender.class);
    public static final String STATUS_CALLBACK_PATH = "/sms/twilio/status";

    /** 4xx answers that mean our configuration is wrong, not the message: retry until someone fixes it. */
    private static final Set<Integer> CONFIG_ERROR_CODES = Set.of(20003, 20404, 21212, 21603, 21606);
    private static final Set<Integer> RETRYABLE_HTTP = Set.of(401, 403, 404, 408, 409, 429);

    @Inject
    public TwilioConfig twilio;

    @Inject
    PublicUrlConfig publicUrl;

    @Inject
    MessagingConfig messaging;

    private volatile TwilioRestClient client;

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
            Message sent = creator.create(client());
            return SendResult.accepted(sent.getSid(), sent.getStatus() == null ? null : sent.getStatus().toString());
        } catch (ApiException e) {
            return classify(e);
        } catch (TwilioException | IllegalStateException e) {
            return SendResult.retryable(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static SendResult classify(ApiException e) {
        Integer http = e.getStatusCode();
        Integer code = e.getCode();
        String error = (http == null ? "Twilio call failed" : "HTTP " + http) + (code == null ? "" : " code " + code)
                + ": " + PhoneMask.maskNumbersIn(e.getMessage());
        boolean clientError = http != null && http >= 400 && http < 500;
        if (clientError && !RETRYABLE_HTTP.contains(http) && (code == null || !CONFIG_ERROR_CODES.contains(code))) {
            return SendResult.permanent(code, error);
        }
        return SendResult.retryable(code, error);
    }

    private TwilioRestClient client() {
        TwilioRestClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    String base = twilio.apiBaseUrl().orElse(null);
                    if (base != null) {
                        LOG.infof("Twilio API calls go to %s", base);
                    }
                    c = new TwilioRestClient.Builder(twilio.accountSid().orElseThrow(), twilio.authToken().orElseThrow())
                            .httpClient(new TwilioApiHttpClient(base, Math.max(2, messaging.sendWorkers())))
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }
}
