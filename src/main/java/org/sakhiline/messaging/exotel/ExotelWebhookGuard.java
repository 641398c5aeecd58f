package org.sakhiline.messaging.exotel;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.jboss.logging.Logger;
import org.sakhiline.support.AddressAllowList;

/**
 * Decides whether a request on {@code /sms/exotel/<secret>/…} is Exotel's. Exotel documents no signature
 * for SMS webhooks, so the strongest checks it allows are a long secret in the URL (compared in constant
 * time, over HTTPS only) and the source address against the ranges Exotel support gives
 * ({@code sakhiline.exotel.webhook-sources}).
 */
@ApplicationScoped
public class ExotelWebhookGuard {

    private static final Logger LOG = Logger.getLogger(ExotelWebhookGuard.class);
    static final int MIN_SECRET = 32;

    /** What to answer. */
    public enum Verdict { ALLOWED, NO_SUCH_WEBHOOK, WRONG_SOURCE }

    private final byte[] secret;
    private final AddressAllowList sources;

    public ExotelWebhookGuard(ExotelConfig config) {
        String s = config.webhookSecret().map(String::strip).orElse("");
        if (!s.isEmpty() && s.length() < MIN_SECRET) {
            throw new IllegalStateException("sakhiline.exotel.webhook-secret must have at least " + MIN_SECRET
                    + " characters (it is the only credential Exotel's webhooks carry)");
        }
        this.secret = s.isEmpty() ? null : s.getBytes(StandardCharsets.UTF_8);
        this.sources = AddressAllowList.of(config.webhookSources().orElse(List.of()));
        if (secret != null && sources.isEmpty()) {
            LOG.warn("Exotel webhooks accept any source address: set sakhiline.exotel.webhook-sources to the ranges "
                    + "Exotel support lists");
        }
    }

    /**
     * The source first, so that a stranger learns nothing about the secret (403 whatever path she tries);
     * then the secret, whose miss looks like no webhook at all (404).
     */
    public Verdict check(String pathSecret, String remoteAddress) {
        if (!sources.allows(remoteAddress)) {
            LOG.warnf("Exotel webhook refused: source %s is not in sakhiline.exotel.webhook-sources", remoteAddress);
            return Verdict.WRONG_SOURCE;
        }
        if (secret == null || pathSecret == null
                || !MessageDigest.isEqual(secret, pathSecret.getBytes(StandardCharsets.UTF_8))) {
            return Verdict.NO_SUCH_WEBHOOK;
        }
        return Verdict.ALLOWED;
    }
}
