package org.sakhiline.channel.twilio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The address callers' providers use to reach this service ({@code sakhiline.public-base-url}), e.g.
 * {@code https://sakhiline.example.org}. Webhook signatures and callback URLs are built from it, not
 * from what the service sees behind a proxy.
 */
@ConfigMapping(prefix = "sakhiline")
public interface PublicUrlConfig {

    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The public base without a trailing slash. */
    default String base() {
        String b = publicBaseUrl();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
