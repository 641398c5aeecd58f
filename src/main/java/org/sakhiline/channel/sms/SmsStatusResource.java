package org.sakhiline.channel.sms;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.sakhiline.messaging.DeliveryReports;
import org.sakhiline.messaging.twilio.TwilioSigned;

/** Twilio's status callback for messages we sent (the StatusCallback set by TwilioSmsSender). */
@Path("/sms/twilio/status")
public class SmsStatusResource {

    @Inject
    DeliveryReports reports;

    /**
     * Always 204 for a signed request, even for an unknown SID: an error would only make Twilio retry a
     * report we cannot use.
     */
    @POST
    @TwilioSigned
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void status(@RestForm("MessageSid") String messageSid, @RestForm("MessageStatus") String messageStatus,
                       @RestForm("ErrorCode") String errorCode) {
        if (messageSid == null || messageSid.isBlank() || messageStatus == null || messageStatus.isBlank()) {
            return;
        }
        reports.record(messageSid.strip(), messageStatus.strip(), parseCode(errorCode));
    }

    private static Integer parseCode(String errorCode) {
        if (errorCode == null || errorCode.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(errorCode.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
