package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.sakhiline.messaging.twilio.OutboxCallLog;
import org.sakhiline.messaging.twilio.PlacedCall;
import org.sakhiline.messaging.twilio.PublicUrlConfig;
import org.sakhiline.messaging.twilio.TwilioCallSender;
import org.sakhiline.support.PhoneMask;

/**
 * The voice channel's side of outbound calls: it places menu calls (to its own call webhook, with the
 * member and flow in the query) and keeps every placed call in the {@link VoiceCallLog}, where status
 * callbacks find the outbox row or member a call was for. Placing, pacing and Twilio's errors belong to
 * {@link TwilioCallSender}, which also places the outbox's message calls and reports them here.
 */
@ApplicationScoped
public class VoiceCallSender implements OutboxCallLog {

    private static final Logger LOG = Logger.getLogger(VoiceCallSender.class);

    @Inject
    TwilioCallSender twilio;

    @Inject
    PublicUrlConfig publicUrl;

    @Inject
    VoiceCallLog calls;

    Clock clock = Clock.systemUTC();

    /**
     * Calls a member now to hear {@code flowKey}; returns the call SID.
     *
     * @throws org.sakhiline.messaging.twilio.CallNotPlacedException when Twilio refuses the call
     */
    public String placeMenuCall(long memberId, String phone, String flowKey) {
        String url = publicUrl.base() + "/voice/twilio?member=" + memberId + "&flow=" + flowKey;
        PlacedCall call = twilio.placeCall(phone, URI.create(url));
        calls.placed(call.callSid(), call.from(), phone, call.status(), null, memberId, flowKey, clock.instant());
        LOG.infof("menu call %s to %s (member %d, flow %s)", call.callSid(), PhoneMask.mask(phone), memberId, flowKey);
        return call.callSid();
    }

    @Override
    public void placed(PlacedCall call, long outboxId, Instant at) {
        calls.placed(call.callSid(), call.from(), call.to(), call.status(), outboxId, null, null, at);
    }
}
