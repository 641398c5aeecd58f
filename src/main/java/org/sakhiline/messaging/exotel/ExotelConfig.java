package org.sakhiline.messaging.exotel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Exotel account and webhook settings ({@code sakhiline.exotel.*}), from the environment in production
 * (SAKHILINE_EXOTEL_API_KEY, …). Never committed.
 */
@ConfigMapping(prefix = "sakhiline.exotel")
public interface ExotelConfig {

    Optional<String> accountSid();

    /** HTTP Basic user name of the API (Exotel dashboard, Settings > API Settings). */
    Optional<String> apiKey();

    /** HTTP Basic password of the API. */
    Optional<String> apiToken();

    /** The account's cluster: api.exotel.com (Singapore) or api.in.exotel.com (Mumbai). */
    @WithDefault("api.exotel.com")
    String subdomain();

    /** Sends API calls here instead of https://{subdomain} (tests point it at a local stub). */
    Optional<String> apiBaseUrl();

    /** The ExoPhone or DLT-registered sender id (header) messages go out from ("From"). */
    Optional<String> senderId();

    /**
     * The secret path segment of the inbound and status webhooks ({@code /sms/exotel/<secret>/…}): Exotel
     * signs nothing, so the URL is the credential. At least 32 characters; without it the webhooks answer 404.
     */
    Optional<String> webhookSecret();

    /**
     * Addresses (CIDR or single) Exotel's webhooks may come from, as Exotel support lists them; the client
     * address honours {@code quarkus.http.proxy.trusted-proxies}. Empty: any address with the secret.
     */
    Optional<List<String>> webhookSources();

    default boolean canSend() {
        return accountSid().isPresent() && apiKey().isPresent() && apiToken().isPresent() && senderId().isPresent();
    }

    default String baseUrl() {
        String base = apiBaseUrl().orElse("https://" + subdomain());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
