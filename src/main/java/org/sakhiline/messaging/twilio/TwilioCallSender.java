package org.sakhiline.messaging.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.messaging.CallSender;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.SendResult;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RatePacer;

/**
 * Places outbound calls with the SDK's {@code Call.creator}, every one under the call rate limit
 * ({@code sakhiline.voice.calls-per-second}, shared by message and menu calls since Twilio counts them
 * together) and reporting its status to {@link #STATUS_CALLBACK_PATH}.
 *
 * <p>What a call says is the voice channel's: for a VOICE outbox row Twilio fetches the TwiML from
 * {@link #OUTBOUND_PATH}{@code <outbox id>}, a path of the webhook contract the voice channel serves;
 * a menu call is placed to whatever URL the voice channel gives {@link #placeCall}. A placed row is
 * reported to the {@link OutboxCallLog}, so this package never imports the channel.
 */
@ApplicationScoped
public class TwilioCallSender implements CallSender {

    private static final Logger LOG = Logger.getLogger(TwilioCallSender.class);
    public static final String STATUS_CALLBACK_PATH = "/voice/twilio/status";
    public static final String OUTBOUND_PATH = "/voice/twilio/outbound/";
    private static final List<String> STATUS_EVENTS = List.of("initiated", "ringing", "answered", "completed");

    @Inject
    TwilioConfig twilio;

    @Inject
    OutboundCallConfig config;

    @Inject
    PublicUrlConfig publicUrl;

    @Inject
    TwilioClientFactory clients;

    @Inject
    OutboxCallLog outboxCalls;

    Clock clock = Clock.systemUTC();
    private RatePacer pacer;

    @PostConstruct
    void start() {
        pacer = new RatePacer(config.callsPerSecond());
    }

    @Override
    public boolean ready() {
        return twilio.accountSid().isPresent() && twilio.authToken().isPresent() && from().isPresent();
    }

    @Override
    public int batchSize() {
        return config.dispatchBatch();
    }

    @Override
    public SendResult send(OutboxMessage m) {
        PlacedCall call;
        try {
            call = place(m.recipient, URI.create(publicUrl.base() + OUTBOUND_PATH + m.id));
        } catch (TwilioException | IllegalStateException e) {
            return TwilioErrors.toResult(e);
        }
        try {
            outboxCalls.placed(call, m.id, clock.instant());
        } catch (RuntimeException e) {
            // Twilio has placed the call: a retry would ring her twice. Keep the result, log the gap.
            LOG.errorf(e, "call %s to %s placed but not recorded (outbox %d)", call.callSid(),
                    PhoneMask.mask(m.recipient), m.id);
        }
        return SendResult.accepted(call.callSid(), call.status());
    }

    /**
     * Places a call now that fetches its TwiML from {@code twimlUrl}.
     *
     * @throws CallNotPlacedException when Twilio refuses it or cannot be reached (the text masked)
     * @throws IllegalStateException when credentials or a caller id are missing
     */
    public PlacedCall placeCall(String to, URI twimlUrl) {
        try {
            return place(to, twimlUrl);
        } catch (TwilioException e) {
            throw new CallNotPlacedException(TwilioErrors.toResult(e));
        }
    }

    private PlacedCall place(String to, URI twimlUrl) {
        if (!ready()) {
            throw new IllegalStateException("Twilio is not configured for calls (account sid, auth token, caller id)");
        }
        String from = from().orElseThrow();
        pacer.acquire();
        Call call = Call.creator(new PhoneNumber(to), new PhoneNumber(from), twimlUrl)
                .setMethod(HttpMethod.POST)
                .setStatusCallback(publicUrl.base() + STATUS_CALLBACK_PATH)
                .setStatusCallbackEvent(STATUS_EVENTS)
                .setStatusCallbackMethod(HttpMethod.POST)
                .create(clients.client());
        return new PlacedCall(call.getSid(), from, to, call.getStatus() == null ? "queued" : call.getStatus().toString());
    }

    private Optional<String> from() {
        return config.fromNumber().or(twilio::fromNumber);
    }
}
