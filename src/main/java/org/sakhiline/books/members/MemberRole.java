package org.sakhiline.books.members;

/** A member's role in her group. */
public enum MemberRole {
    MEMBER, LEADER, BOOKKEEPER
}
