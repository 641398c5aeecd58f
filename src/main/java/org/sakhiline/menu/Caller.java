package org.sakhiline.menu;

import java.util.List;

/**
 * Who dialled: the phone and every active member registered on it (none for an unknown phone, several
 * for a shared handset). The channel builds it with {@link MenuBooks#membersForPhone(String)}.
 */
public record Caller(String phone, List<CallerMember> members) {
    public Caller {
        members = List.copyOf(members);
    }
}
