package org.sakhiline.ledger;

/** A member's role in her group. */
public enum MemberRole {
    MEMBER, LEADER, BOOKKEEPER
}
