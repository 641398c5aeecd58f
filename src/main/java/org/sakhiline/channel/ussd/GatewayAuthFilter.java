package org.sakhiline.channel.ussd;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the gateway's shared secret (header {@code X-Gateway-Key}, or HTTP Basic with the secret as
 * password) on {@link GatewayAuthenticated} endpoints. Constant-time comparison; a refusal says nothing
 * about the secret.
 */
@ApplicationScoped
public class GatewayAuthFilter {

    static final String HEADER = "X-Gateway-Key";
    private static final Logger LOG = Logger.getLogger(GatewayAuthFilter.class);

    private final UssdConfig config;

    public GatewayAuthFilter(UssdConfig config) {
        this.config = config;
    }

    void warnWhenOpen(@Observes StartupEvent event) {
        if (config.gatewaySecret().isEmpty()) {
            LOG.warn("sakhiline.ussd.gateway-secret is not set: USSD endpoints accept any caller");
        }
    }

    @GatewayAuthenticated
    @ServerRequestFilter
    public Response checkGatewayKey(ContainerRequestContext request) {
        if (config.gatewaySecret().isEmpty()) {
            return null;
        }
        byte[] expected = config.gatewaySecret().get().getBytes(StandardCharsets.UTF_8);
        String presented = request.getHeaderString(HEADER);
        if (presented == null) {
            presented = basicPassword(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        }
        if (presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        LOG.warnf("USSD gateway request refused: missing or wrong gateway key (%s)", request.getUriInfo().getPath());
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sakhiline-ussd\"")
                .type(MediaType.TEXT_PLAIN_TYPE).entity("unauthorized").build();
    }

    private static String basicPassword(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
