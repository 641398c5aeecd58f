package org.sakhiline.admin.sheets;

import java.util.HashMap;
import java.util.Map;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.members.MemberRole;

/**
 * Names the people in a sheet's history as staff know them: "Rekha Kumari (bookkeeper)" for
 * {@code member:<id>}, "Asha Das (staff)" for {@code console:<username>}; never the stored code.
 * One instance per page: each actor is looked up once.
 */
final class SheetActors {

    private final Map<String, String> names = new HashMap<>();

    String name(String actor) {
        return actor == null ? "" : names.computeIfAbsent(actor, SheetActors::lookUp);
    }

    private static String lookUp(String actor) {
        int colon = actor.indexOf(':');
        String kind = colon < 0 ? actor : actor.substring(0, colon);
        String id = colon < 0 ? "" : actor.substring(colon + 1);
        return switch (kind) {
            case "member" -> member(id);
            case "console" -> ConsoleUser.byUsername(id)
                    .map(u -> u.displayName + (ConsoleRole.ADMIN_NAME.equals(u.role) ? " (administrator)" : " (staff)"))
                    .orElse(id + " (console user)");
            case "system" -> "SakhiLine itself";
            default -> "a staff member";
        };
    }

    private static String member(String id) {
        Member m = id.matches("[0-9]{1,18}") ? Member.findById(Long.valueOf(id)) : null;
        if (m == null) {
            return "a member";
        }
        String role = m.role == MemberRole.BOOKKEEPER ? "bookkeeper" : m.role == MemberRole.LEADER ? "leader" : "member";
        return m.name + " (" + role + ")";
    }
}
