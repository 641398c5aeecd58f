package org.sakhiline.access.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.access.signin.ConsoleUserRecords.Credentials;
import org.sakhiline.access.signin.ConsoleUserRecords.UserState;

/**
 * Checks a console password, from the sign-in form or HTTP Basic, in place of Quarkus Security JPA's
 * provider (this one runs first): the throttle is asked before anything else and answers a locked user name
 * or address without a query or bcrypt; a verified Basic credential is remembered for a minute; a form
 * sign-in opens a server-side session ({@link ConsoleSessions}).
 */
@ApplicationScoped
public class PasswordSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(PasswordSignIn.class);
    /** Compared against when the user name is unknown, so that answer takes as long as a wrong password. */
    private static final String NOBODY = BcryptUtil.bcryptHash("no such console user", 10);

    private final SignInThrottle throttle;
    private final ConsoleUserRecords records;
    private final ConsoleSessions sessions;
    private final VerifiedCredentials verified;
    private final SignInSettings settings;

    public PasswordSignIn(SignInThrottle throttle, ConsoleUserRecords records, ConsoleSessions sessions,
                          VerifiedCredentials verified, SignInSettings settings) {
        this.throttle = throttle;
        this.records = records;
        this.sessions = sessions;
        this.verified = verified;
        this.settings = settings;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;   // before Quarkus Security JPA's provider, which then never runs
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername() == null ? "" : request.getUsername().strip().toLowerCase(Locale.ROOT);
        String address = SignInGuard.clientAddress(rc);
        Duration wait = throttle.refusal(username, address);
        if (wait != null) {
            return Uni.createFrom().failure(SignInGuard.throttled(rc, wait));
        }
        char[] password = request.getPassword().getPassword();
        boolean form = rc != null && SignInGuard.isFormSignIn(rc);
        return context.runBlocking(() -> {
            SecurityIdentity cached = form ? null : fromCache(username, password);
            return cached != null ? cached : verify(rc, username, password, address, form);
        });
    }

    private SecurityIdentity fromCache(String username, char[] password) {
        VerifiedCredentials.Entry hit = verified.get(username, password, throttle.now());
        if (hit == null) {
            return null;
        }
        Optional<UserState> now = sessions.currentState(hit.username());
        if (now.isPresent() && now.get().active() && now.get().sessionEpoch() == hit.sessionEpoch()) {
            return identity(hit.username(), now.get().role());
        }
        verified.forget(hit.username());
        return null;
    }

    private SecurityIdentity verify(RoutingContext rc, String username, char[] password, String address, boolean form) {
        Instant now = throttle.now();
        Optional<Credentials> user = records.credentials(username);
        if (user.isPresent()) {
            Duration locked = user.get().failed().retryAfter(now);
            if (locked != null) {   // locked on another instance, or before this one started
                throttle.userLocked(username, user.get().failed().lockedUntil());
                throw SignInGuard.throttled(rc, locked);
            }
        }
        String pw = new String(password);
        boolean matches = BcryptUtil.matches(pw, user.map(Credentials::passwordHash).orElse(NOBODY)) && user.isPresent();
        if (!matches) {
            Duration addressLock = throttle.addressFailed(address);
            if (addressLock != null) {
                LOG.warnf("console sign-ins from %s locked for %ds after wrong passwords", address, addressLock.toSeconds());
            }
            if (user.isPresent()) {
                FailedSignIns failed = records.recordFailure(user.get().username(), now, settings.userPolicy());
                throttle.userLocked(username, failed.lockedUntil());
                if (failed.lockedUntil() != null) {
                    LOG.warnf("console user '%s' locked for %ds after %d wrong passwords", user.get().username(),
                            Duration.between(now, failed.lockedUntil()).toSeconds(), failed.failures());
                }
            }
            throw new AuthenticationFailedException("wrong user name or password");
        }
        Credentials c = user.get();
        if (!c.state().active()) {
            LOG.warnf("console user '%s' refused: disabled", c.username());
            throw new AuthenticationFailedException("console user disabled");
        }
        if (c.failed().failures() > 0) {
            records.clearFailures(c.username());
        }
        throttle.userSignedIn(username);
        if (form) {
            SignInGuard.newSession(rc, sessions.open(c.username(), c.state().sessionEpoch()));
        } else {
            verified.put(username, password, c.state().role(), c.state().sessionEpoch(), now.plus(settings.basicCacheTtl()));
        }
        return identity(c.username(), c.state().role());
    }

    static SecurityIdentity identity(String username, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRole(role).build();
    }
}
