package org.sakhiline.messaging.twilio;

import com.twilio.http.TwilioRestClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.sakhiline.messaging.MessagingConfig;

/**
 * The one {@link TwilioRestClient} of this instance, shared by the SMS and the call sender: one
 * connection pool to size and one place where API calls are aimed (the real Twilio, or a test stub).
 */
@ApplicationScoped
public class TwilioClientFactory {

    private static final Logger LOG = Logger.getLogger(TwilioClientFactory.class);

    /** Menu calls are placed from API requests, beside the outbox workers; at the call rate one or two are in flight. */
    static final int MENU_CALL_CONNECTIONS = 2;

    @Inject
    TwilioConfig twilio;

    @Inject
    MessagingConfig messaging;

    private volatile TwilioRestClient client;

    /**
     * Built on first use, not at start: an instance without credentials must still start (its outbox waits).
     *
     * @throws IllegalStateException when the account SID or auth token is missing
     */
    public TwilioRestClient client() {
        TwilioRestClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = build();
                    client = c;
                }
            }
        }
        return c;
    }

    /**
     * Connections to the Twilio API: one per outbox send worker (SMS and VOICE rounds both send on those
     * workers, one request at a time each) plus a few for menu calls, so no send queues for a connection.
     */
    static int poolSize(int sendWorkers) {
        return Math.max(1, sendWorkers) + MENU_CALL_CONNECTIONS;
    }

    private TwilioRestClient build() {
        if (twilio.accountSid().isEmpty() || twilio.authToken().isEmpty()) {
            throw new IllegalStateException("Twilio is not configured (sakhiline.twilio.account-sid, auth-token)");
        }
        String base = twilio.apiBaseUrl().orElse(null);
        if (base != null) {
            LOG.infof("Twilio API calls go to %s", base);
        }
        return new TwilioRestClient.Builder(twilio.accountSid().get(), twilio.authToken().get())
                .httpClient(new TwilioApiHttpClient(base, poolSize(messaging.sendWorkers()), messaging.sendTimeout()))
                .build();
    }
}
