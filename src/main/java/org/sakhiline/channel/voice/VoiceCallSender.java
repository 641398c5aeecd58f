package org.sakhiline.channel.voice;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.sakhiline.messaging.CallSender;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.SendResult;
import org.sakhiline.messaging.twilio.PublicUrlConfig;
import org.sakhiline.messaging.twilio.TwilioApiHttpClient;
import org.sakhiline.messaging.twilio.TwilioConfig;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RatePacer;

/**
 * Places outbound calls with the SDK's {@code Call.creator}: for a VOICE outbox row the call's TwiML
 * comes from {@code /voice/twilio/outbound/<outbox id>} (it speaks the row's body); for a menu call from
 * the ordinary call webhook with the member and flow in the query. Every call waits for its slot under
 * the call rate limit and reports its status to {@code /voice/twilio/status}.
 */
@ApplicationScoped
public class VoiceCallSender implements CallSender {

    private static final Logger LOG = Logger.getLogger(VoiceCallSender.class);
    public static final String STATUS_PATH = "/voice/twilio/status";
    public static final String OUTBOUND_PATH = "/voice/twilio/outbound/";
    private static final Set<Integer> RETRYABLE_HTTP = Set.of(401, 403, 404, 408, 409, 429);
    private static final List<String> STATUS_EVENTS = List.of("initiated", "ringing", "answered", "completed");

    @Inject
    TwilioConfig twilio;

    @Inject
    VoiceConfig config;

    @Inject
    PublicUrlConfig publicUrl;

    @Inject
    VoiceCallLog calls;

    Clock clock = Clock.systemUTC();
    private volatile TwilioRestClient client;
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
        try {
            Call call = place(m.recipient, URI.create(publicUrl.base() + OUTBOUND_PATH + m.id));
            String status = call.getStatus() == null ? "queued" : call.getStatus().toString();
            try {
                calls.placed(call.getSid(), from().orElseThrow(), m.recipient, status, m.id, null, null, clock.instant());
            } catch (RuntimeException e) {
                // Twilio has placed the call: a retry would ring her twice. Keep the result, log the gap.
                LOG.errorf(e, "call %s to %s placed but not recorded (outbox %d)", call.getSid(),
                        PhoneMask.mask(m.recipient), m.id);
            }
            return SendResult.accepted(call.getSid(), status);
        } catch (ApiException e) {
            return classify(e);
        } catch (TwilioException | IllegalStateException e) {
            return SendResult.retryable(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Calls a member now to hear {@code flowKey}; returns the call SID. Twilio errors propagate. */
    public String placeMenuCall(long memberId, String phone, String flowKey) {
        String url = publicUrl.base() + "/voice/twilio?member=" + memberId + "&flow=" + flowKey;
        Call call = place(phone, URI.create(url));
        String status = call.getStatus() == null ? "queued" : call.getStatus().toString();
        calls.placed(call.getSid(), from().orElseThrow(), phone, status, null, memberId, flowKey, clock.instant());
        LOG.infof("menu call %s to %s (member %d, flow %s)", call.getSid(), PhoneMask.mask(phone), memberId, flowKey);
        return call.getSid();
    }

    private Call place(String to, URI twimlUrl) {
        if (!ready()) {
            throw new IllegalStateException("Twilio is not configured for calls (account sid, auth token, caller id)");
        }
        pacer.acquire();
        return Call.creator(new PhoneNumber(to), new PhoneNumber(from().orElseThrow()), twimlUrl)
                .setMethod(HttpMethod.POST)
                .setStatusCallback(publicUrl.base() + STATUS_PATH)
                .setStatusCallbackEvent(STATUS_EVENTS)
                .setStatusCallbackMethod(HttpMethod.POST)
                .create(client());
    }

    static SendResult classify(ApiException e) {
        Integer http = e.getStatusCode();
        String error = (http == null ? "Twilio call failed" : "HTTP " + http) + (e.getCode() == null ? "" : " code " + e.getCode())
                + ": " + e.getMessage();
        boolean clientError = http != null && http >= 400 && http < 500 && !RETRYABLE_HTTP.contains(http);
        return clientError ? SendResult.permanent(e.getCode(), error) : SendResult.retryable(e.getCode(), error);
    }

    private Optional<String> from() {
        return config.fromNumber().or(twilio::fromNumber);
    }

    private TwilioRestClient client() {
        TwilioRestClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = new TwilioRestClient.Builder(twilio.accountSid().orElseThrow(), twilio.authToken().orElseThrow())
                            .httpClient(new TwilioApiHttpClient(twilio.apiBaseUrl().orElse(null), 4))
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }
}
