package org.sakhiline.admin.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUser;

/** Who is signed in, for the console layout ({@code {inject:console.username}} and friends). */
@Named("console")
@RequestScoped
public class ConsoleContext {

    private final SecurityIdentity identity;
    private ConsoleUser user;
    private Boolean signedIn;

    public ConsoleContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * False for a visitor, and for a browser whose session has ended (signed out, reset, disabled, too old):
     * the sign-in page is public, and it must open for her instead of failing on her dead cookie.
     */
    public boolean signedIn() {
        if (signedIn == null) {
            try {
                signedIn = !identity.isAnonymous();
            } catch (AuthenticationFailedException e) {
                signedIn = false;
            }
        }
        return signedIn;
    }

    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean admin() {
        return signedIn() && identity.hasRole(ConsoleRole.ADMIN_NAME);
    }

    public String displayName() {
        ConsoleUser u = user();
        return u == null ? username() : u.displayName;
    }

    public String roleLabel() {
        return admin() ? "Administrator" : "Staff";
    }

    private ConsoleUser user() {
        if (user == null && signedIn()) {
            user = ConsoleUser.byUsername(username()).orElse(null);
        }
        return user;
    }
}
