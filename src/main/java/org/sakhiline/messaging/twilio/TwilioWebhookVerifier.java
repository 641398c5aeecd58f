package org.sakhiline.messaging.twilio;

import com.twilio.security.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Checks Twilio webhook signatures: HMAC-SHA1, keyed by the auth token, over the PUBLIC URL Twilio
 * called ({@code sakhiline.public-base-url} + path + query, since a proxy may sit in front) followed by
 * the sorted form parameters. Used by {@link TwilioSignatureFilter}; callable directly too.
 */
@ApplicationScoped
public class TwilioWebhookVerifier {

    private static final Logger LOG = Logger.getLogger(TwilioWebhookVerifier.class);

    @Inject
    TwilioConfig twilio;

    @Inject
    PublicUrlConfig publicUrl;

    private volatile RequestValidator validator;

    /** The URL Twilio signed for a request that reached us at {@code path} with {@code rawQuery}. */
    public String publicUrl(String path, String rawQuery) {
        String p = path.startsWith("/") ? path : "/" + path;
        return publicUrl.base() + p + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    /**
     * @param form every form parameter of the POST (Twilio signs all of them); a repeated name is
     *             signed with its first value, as the SDK validator does
     * @return false for a missing or wrong signature, or when no auth token is configured
     */
    public boolean verify(String path, String rawQuery, Map<String, List<String>> form, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        RequestValidator v = validator();
        if (v == null) {
            LOG.warn("Twilio webhook refused: sakhiline.twilio.auth-token is not set");
            return false;
        }
        Map<String, String> params = new HashMap<>();
        form.forEach((k, values) -> {
            if (!values.isEmpty()) {
                params.put(k, values.get(0));
            }
        });
        return v.validate(publicUrl(path, rawQuery), params, signature);
    }

    private RequestValidator validator() {
        RequestValidator v = validator;
        if (v == null && twilio.authToken().isPresent()) {
            v = new RequestValidator(twilio.authToken().get());
            validator = v;
        }
        return v;
    }
}
