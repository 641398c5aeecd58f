package org.sakhiline.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sakhiline.access.signin.ConsoleSessions;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/** Creating console users and changing their passwords; the rules a user record must satisfy. */
@ApplicationScoped
@Transactional
public class ConsoleUsers {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final ConsoleSessions sessions;

    public ConsoleUsers(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    public ConsoleUser create(String username, String password, ConsoleRole role, Long orgUnitId, String displayName) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username", "3-64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        checkPassword(password);
        if (role == ConsoleRole.STAFF && orgUnitId == null) {
            throw new InvalidInputException("orgUnitId", "a STAFF user needs the org unit whose subtree she looks after");
        }
        if (role == ConsoleRole.ADMIN && orgUnitId != null) {
            throw new InvalidInputException("orgUnitId", "an ADMIN user is not limited to an org unit");
        }
        if (orgUnitId != null && OrgUnit.findById(orgUnitId) == null) {
            throw new NotFoundException("org unit", orgUnitId);
        }
        if (ConsoleUser.byUsername(name).isPresent()) {
            throw new ConflictException("username_taken", "a console user named '" + name + "' exists");
        }
        ConsoleUser user = new ConsoleUser();
        user.username = name;
        user.passwordHash = ConsoleUser.hash(password);
        user.role = role.name();
        user.orgUnitId = orgUnitId;
        user.displayName = displayName == null || displayName.isBlank() ? name : displayName.trim();
        user.persist();
        return user;
    }

    public void changePassword(String username, String newPassword) {
        checkPassword(newPassword);
        ConsoleUser user = ConsoleUser.byUsername(username).orElseThrow(() -> new NotFoundException("console user", username));
        user.passwordHash = ConsoleUser.hash(newPassword);
        endSignIns(user);
    }

    /** Locks her out or lets her back in; locking out also ends every sign-in she has open. */
    public void setDisabled(ConsoleUser user, boolean disabled) {
        user.disabledAt = disabled ? java.time.Instant.now() : null;
        endSignIns(user);
    }

    /**
     * Every console session and cached API credential made before now stops working: on this instance
     * when the transaction commits, on the others within sakhiline.sign-in.revocation-check-every.
     */
    private void endSignIns(ConsoleUser user) {
        user.sessionEpoch++;
        sessions.userChanged(user.username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsoleUser> all() {
        return ConsoleUser.listAll(io.quarkus.panache.common.Sort.by("username"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return ConsoleUser.count();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 72) {
            // bcrypt only reads 72 bytes: a longer password would silently be cut.
            throw new InvalidInputException("password", "at most 72 characters");
        }
    }
}
