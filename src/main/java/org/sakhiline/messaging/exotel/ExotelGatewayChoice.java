package org.sakhiline.messaging.exotel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import org.sakhiline.messaging.LogOnlySmsSender;
import org.sakhiline.messaging.MessagingConfig;
import org.sakhiline.messaging.SmsGateway;

/** The "exotel" {@link SmsGateway}: Exotel, or the log-only stand-in when {@code sakhiline.messaging.log-only} is set. */
@ApplicationScoped
public class ExotelGatewayChoice {

    public static final String GATEWAY = "exotel";

    @Produces
    @ApplicationScoped
    @Typed(SmsGateway.class)
    SmsGateway exotelGateway(MessagingConfig config, ExotelSmsSender exotel) {
        return SmsGateway.named(GATEWAY, config.logOnly() ? new LogOnlySmsSender() : exotel);
    }
}
