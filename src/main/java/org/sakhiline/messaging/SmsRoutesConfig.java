package org.sakhiline.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which gateway carries SMS to which country ({@code sakhiline.sms-routes.*}); see {@link SmsRouting}. */
@ConfigMapping(prefix = "sakhiline.sms-routes")
public interface SmsRoutesConfig {

    /** The gateway for numbers no route names. */
    @WithDefault("twilio")
    String defaultProvider();

    /**
     * {@code <calling code>=<gateway>} pairs, e.g. {@code 91=exotel,92=twilio}; the longest matching code
     * wins. A route for 91 makes India live: every text then needs its DLT template id (checked at start).
     */
    @WithDefault("92=twilio")
    List<String> byCallingCode();
}
