package org.sakhiline.access;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator from configuration ({@code SAKHILINE_ADMIN_BOOTSTRAP_USERNAME} /
 * {@code _PASSWORD}) when the database has no console user yet. There is no default password: without the
 * setting nobody can sign in until an operator provides one, and the log says so.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    private final ConsoleUsers users;
    private final Optional<String> username;
    private final Optional<String> password;

    public FirstAdministrator(ConsoleUsers users,
            @ConfigProperty(name = "sakhiline.admin.bootstrap-username") Optional<String> username,
            @ConfigProperty(name = "sakhiline.admin.bootstrap-password") Optional<String> password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warn("No console user exists and sakhiline.admin.bootstrap-username/-password are not set: nobody can "
                    + "sign in to /admin or call /api/v1 until SAKHILINE_ADMIN_BOOTSTRAP_USERNAME and "
                    + "SAKHILINE_ADMIN_BOOTSTRAP_PASSWORD are given (read once, on a start with no users)");
            return;
        }
        try {
            users.create(username.get(), password.get(), ConsoleRole.ADMIN, null, "Administrator");
        } catch (RuntimeException e) {
            // Two instances starting on an empty database: the other one may have created her first (the
            // unique username refuses the second, at the check or at commit). Anything else is a real failure.
            if (users.count() == 0) {
                throw e;
            }
            LOG.infof("The first console administrator '%s' was created by another instance", username.get());
            return;
        }
        LOG.infof("Created the first console administrator '%s' from configuration; change the password after the "
                + "first sign-in and remove the bootstrap setting", username.get());
    }
}
