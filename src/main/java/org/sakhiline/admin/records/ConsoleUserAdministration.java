package org.sakhiline.admin.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.support.problem.InvalidInputException;

/** Administrators create console users and reset their passwords; both audited, never with the password. */
@ApplicationScoped
@Transactional
public class ConsoleUserAdministration {

    private static final List<String> ROLES = Arrays.stream(ConsoleRole.values()).map(Enum::name).toList();

    private final AccessScope scope;
    private final ConsoleUsers users;
    private final AuditLog audit;

    public ConsoleUserAdministration(AccessScope scope, ConsoleUsers users, AuditLog audit) {
        this.scope = scope;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsoleUsersPage page(String notice, String error, String username, String displayName, String role,
                                 String orgUnitCode) {
        scope.requireAdmin();
        Map<Long, String> codes = new LinkedHashMap<>();
        List<ConsoleUser> all = users.all();
        List<Long> unitIds = all.stream().map(u -> u.orgUnitId).filter(id -> id != null).distinct().toList();
        if (!unitIds.isEmpty()) {
            OrgUnit.<OrgUnit>list("id in ?1", unitIds).forEach(u -> codes.put(u.id, u.code));
        }
        List<ConsoleUsersPage.Row> rows = all.stream().map(u -> new ConsoleUsersPage.Row(u.id, u.username, u.displayName,
                u.role, u.orgUnitId == null ? "" : codes.getOrDefault(u.orgUnitId, u.orgUnitId.toString()),
                u.createdAt, u.disabledAt != null)).toList();
        return new ConsoleUsersPage(rows, ROLES, nz(username), nz(displayName), role == null ? ConsoleRole.STAFF.name() : role,
                nz(orgUnitCode), notice, error);
    }

    /** STAFF users need the code of the unit whose subtree they look after; ADMIN users have none. */
    public ConsoleUser create(String username, String password, String role, String orgUnitCode, String displayName) {
        scope.requireAdmin();
        ConsoleRole consoleRole;
        try {
            consoleRole = ConsoleRole.valueOf(role == null ? "" : role.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "must be ADMIN or STAFF");
        }
        Long unitId = null;
        if (consoleRole == ConsoleRole.STAFF) {
            unitId = OrgUnit.findByCode(orgUnitCode == null ? "" : orgUnitCode.strip()).map(u -> u.id)
                    .orElseThrow(() -> new InvalidInputException("orgUnitCode", "no org unit has the code '"
                            + nz(orgUnitCode).strip() + "'"));
        }
        ConsoleUser created = users.create(username, password, consoleRole, unitId, displayName);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", created.username);
        after.put("displayName", created.displayName);
        after.put("role", created.role);
        after.put("orgUnitId", created.orgUnitId);
        audit.record(AuditEntry.of("consoleUser.create", "consoleUser", created.id, created.orgUnitId,
                "New " + created.role + " console user " + created.username, null, after));
        return created;
    }

    public ConsoleUser resetPassword(long userId, String newPassword) {
        scope.requireAdmin();
        ConsoleUser user = ConsoleUser.findById(userId);
        if (user == null) {
            throw ConsoleErrors.notFound("console user " + userId);
        }
        users.changePassword(user.username, newPassword);
        audit.record(AuditEntry.of("consoleUser.resetPassword", "consoleUser", user.id, user.orgUnitId,
                "Password of " + user.username + " reset", null, null));
        return user;
    }

    /** Locks a user out (every open sign-in ends on its next request) or lets her back in. */
    public ConsoleUser setDisabled(long userId, boolean disabled) {
        scope.requireAdmin();
        ConsoleUser user = ConsoleUser.findById(userId);
        if (user == null) {
            throw ConsoleErrors.notFound("console user " + userId);
        }
        if (disabled && user.username.equals(scope.username())) {
            throw new org.sakhiline.support.problem.BusinessRuleException("self_disable",
                    "you cannot disable your own account; ask another administrator");
        }
        boolean was = user.disabledAt != null;
        if (was != disabled) {
            users.setDisabled(user, disabled);
            audit.record(AuditEntry.of(disabled ? "consoleUser.disable" : "consoleUser.enable", "consoleUser", user.id,
                    user.orgUnitId, (disabled ? "Disabled " : "Enabled ") + user.username,
                    Map.of("disabled", was), Map.of("disabled", disabled)));
        }
        return user;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
