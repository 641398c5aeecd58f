package org.sakhiline.messaging.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address callers' providers use to reach this service ({@code sakhiline.public-base-url}), e.g.
 * {@code https://sakhiline.example.org}. Webhook signatures and callback URLs are built from it, not
 * from what the service sees behind a proxy.
 *
 * <p>A plain property, not a {@code @ConfigMapping} on the {@code sakhiline} prefix: a mapping rooted
 * there would reject every other {@code sakhiline.*} setting it does not declare.
 */
@ApplicationScoped
public class PublicUrlConfig {

    private final String publicBaseUrl;

    public PublicUrlConfig(@ConfigProperty(name = "sakhiline.public-base-url", defaultValue = "http://localhost:8080")
                           String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    /** The public base without a trailing slash. */
    public String base() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
