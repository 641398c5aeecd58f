package org.sakhiline.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone who signs in to the console or calls {@code /api/v1}: Quarkus Security JPA reads this entity to
 * check a form login or HTTP Basic password (bcrypt) and to give the identity its role.
 */
@Entity
@Table(name = "console_user")
@UserDefinition
public class ConsoleUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String role;

    /** The subtree a STAFF user may see and change; null for ADMIN. */
    @Column(name = "org_unit_id")
    public Long orgUnitId;

    @Column(name = "display_name")
    public String displayName;

    /** Set when an administrator locks her out; null while she may sign in. */
    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** Moves on when her password is reset or she is disabled: sign-ins and API credentials from before end. */
    @Column(name = "session_epoch")
    public int sessionEpoch;

    /** The console's language for her: "en", "hi" or "ur" (see ConsoleLanguage in admin.web). */
    @Column(name = "language")
    public String language = "en";

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<ConsoleUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public ConsoleRole consoleRole() {
        return ConsoleRole.valueOf(role);
    }

    /** bcrypt with cost 10: a console login is rare, so the cost is worth paying here (unlike a USSD PIN). */
    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, 10);
    }
}
