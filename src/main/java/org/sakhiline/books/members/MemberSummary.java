package org.sakhiline.books.members;

/** A member as menus and the API show her, with her group's code and name. */
public record MemberSummary(long memberId, long shgId, String shgCode, String shgName, int memberNo, String name,
                            String nameNative, String language, ScriptVariant script, MemberRole role, MemberStatus status,
                            boolean pinSet) {}
