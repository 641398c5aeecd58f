package org.sakhiline.access.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every console request after the sign-in: Quarkus has decrypted its cookie and asks who "admin" is. She
 * is somebody only while the session ticket beside that cookie is live ({@link ConsoleSessions#live}); a
 * copied cookie outlives nothing: not a sign-out, a password reset, a disable or the absolute lifetime.
 * A refusal sends the browser back to the sign-in page.
 */
@ApplicationScoped
public class SessionSignIn implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(SessionSignIn.class);

    private final ConsoleSessions sessions;

    public SessionSignIn(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;   // before Quarkus Security JPA's provider, which then never runs
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = rc == null ? null : rc.request().getCookie(ConsoleSessions.COOKIE);
        String ticket = cookie == null ? null : cookie.getValue();
        String username = request.getPrincipal();
        return context.runBlocking(() -> sessions.live(ticket, username)
                .map(state -> PasswordSignIn.identity(username, state.role()))
                .orElseThrow(() -> {
                    // debug only: a replayed cookie must not become a log storm
                    LOG.debugf("console session of '%s' refused: signed out, expired, reset or disabled", username);
                    return new AuthenticationFailedException("console session ended");
                }));
    }
}
