package org.sakhiline.admin.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.sakhiline.access.ConsoleRole;
import java.util.Locale;
import org.sakhiline.access.ConsoleUser;

/** Who is signed in, for the console layout ({@code {inject:console.username}} and friends). */
@Named("console")
@RequestScoped
public class ConsoleContext {

    private final SecurityIdentity identity;
    private ConsoleUser user;
    private Boolean signedIn;
    private boolean userLookedUp;

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
            } catch (RuntimeException unreachable) {
                signedIn = false;   // the identity store (the database) did not answer: render as for a visitor
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
        ConsoleUser u = userRow();
        return u == null ? username() : u.displayName;
    }

    /** "administrator" / "staff", in her language. */
    public String roleLabel() {
        ConsoleMessages msg = ConsoleWords.bundle(ConsoleMessages.class, language());
        return admin() ? msg.enum_ConsoleRole_ADMIN() : msg.enum_ConsoleRole_STAFF();
    }

    /** The signed-in user's console language ("en", "hi", "ur"); English for a visitor. */
    public String language() {
        return consoleLanguage().tag;
    }

    public ConsoleLanguage consoleLanguage() {
        ConsoleUser u = user();
        return ConsoleLanguage.of(u == null ? null : u.language);
    }

    public Locale locale() {
        return consoleLanguage().locale();
    }

    /** True for Urdu: the layout mirrors ({@code <html dir="rtl">}). */
    public boolean rtl() {
        return consoleLanguage().rtl;
    }

    public String dir() {
        return rtl() ? "rtl" : "ltr";
    }

    /** The signed-in user's row (null for a visitor), read once per request. */
    public ConsoleUser user() {
        return userRow();
    }

    private ConsoleUser userRow() {
        if (user == null && !userLookedUp && signedIn()) {
            userLookedUp = true;
            try {
                user = ConsoleUser.byUsername(username()).orElse(null);
            } catch (RuntimeException databaseDown) {
                user = null;   // an error page must still render (in English, without her name)
            }
        }
        return user;
    }
}
