package org.sakhiline.books.members;

import java.time.LocalDate;
import java.util.List;

/** A member as she is edited: every field the console and API may change, her phones and the record's version. */
public record MemberRecord(long memberId, long shgId, int memberNo, String name, String nameNative, String language,
                           ScriptVariant script, MemberRole role, MemberStatus status, LocalDate joinedOn,
                           LocalDate exitedOn, List<String> phones, long version) {

    static MemberRecord of(Member m, List<String> phones) {
        return new MemberRecord(m.id, m.shgId, m.memberNo, m.name, m.nameNative, m.language, m.script, m.role, m.status,
                m.joinedOn, m.exitedOn, List.copyOf(phones), m.version);
    }
}
