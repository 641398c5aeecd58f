package org.sakhiline.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Refuses the identity of a console user who has been disabled (or deleted) on every request, so locking
 * her out also ends a sign-in already open in a browser: the sign-in cookie alone would stay valid while
 * she keeps using it.
 */
@ApplicationScoped
public class DisabledUserCheck implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(DisabledUserCheck.class);

    private final DataSource db;   // plain JDBC: augmentors run outside any request context or transaction

    public DisabledUserCheck(DataSource db) {
        this.db = db;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            String username = identity.getPrincipal().getName();
            Boolean active = active(username);
            if (active == null || !active) {
                LOG.warnf("console user '%s' refused: %s", username, active == null ? "no such user" : "disabled");
                throw new AuthenticationFailedException("console user disabled");
            }
            return identity;
        });
    }

    /** True when she may sign in, false when disabled, null when there is no such user. */
    private Boolean active(String username) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT disabled_at IS NULL FROM console_user WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check console user status", e);
        }
    }
}
