package org.sakhiline.admin.sheets;

import java.util.HashMap;
import java.util.Map;
import org.sakhiline.admin.dashboard.BookTexts;
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
        SheetMessages t = SheetWords.m();
        return switch (kind) {
            case "member" -> member(id, t);
            case "console" -> BookTexts.consoleUser(id);
            case "system" -> t.sh_actor_system();
            default -> t.sh_actor_staff();
        };
    }

    private static String member(String id, SheetMessages t) {
        Member m = id.matches("[0-9]{1,18}") ? Member.findById(Long.valueOf(id)) : null;
        if (m == null) {
            return t.sh_actor_member();
        }
        String role = m.role == MemberRole.BOOKKEEPER ? t.sh_role_bookkeeper() : m.role == MemberRole.LEADER ? t.sh_role_leader()
                : t.sh_role_member();
        return BookTexts.m().person_with_role(m.name, role);
    }
}
