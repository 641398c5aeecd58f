package org.sakhiline.books.members;

/** Only ACTIVE members are offered on a phone. */
public enum MemberStatus {
    ACTIVE, INACTIVE, EXITED
}
