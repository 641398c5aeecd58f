package org.sakhiline.messaging.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import org.sakhiline.messaging.LogOnlySmsSender;
import org.sakhiline.messaging.MessagingConfig;
import org.sakhiline.messaging.SmsGateway;
import org.sakhiline.messaging.SmsSender;

/**
 * The "twilio" {@link SmsGateway}: Twilio, or the log-only stand-in when {@code sakhiline.messaging.log-only}
 * is set. Chosen here, beside the adapter, so that the outbox depends on its port only and never names the
 * Twilio package.
 */
@ApplicationScoped
public class SmsSenderChoice {

    public static final String GATEWAY = "twilio";

    @Produces
    @ApplicationScoped
    @Typed(SmsGateway.class)
    SmsGateway twilioGateway(MessagingConfig config, TwilioSmsSender twilio) {
        return SmsGateway.named(GATEWAY, choose(config, twilio));
    }

    static SmsSender choose(MessagingConfig config, TwilioSmsSender twilio) {
        return config.logOnly() ? new LogOnlySmsSender() : twilio;
    }
}
