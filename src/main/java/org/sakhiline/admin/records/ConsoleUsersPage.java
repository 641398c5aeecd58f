package org.sakhiline.admin.records;

import java.time.Instant;
import java.util.List;

/**
 * Console users for administrators, with the create form as last typed (never the password).
 */
public record ConsoleUsersPage(List<Row> users, List<String> roles, String username, String displayName, String role,
                               String orgUnitCode, String notice, String error) {

    public record Row(long id, String username, String displayName, String role, String orgUnitCode, Instant created, boolean disabled) {}
}
