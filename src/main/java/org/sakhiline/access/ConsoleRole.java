package org.sakhiline.access;

/** Console roles. The names are the security roles used in {@code @RolesAllowed}. */
public enum ConsoleRole {
    /** Everything, everywhere: menus, users, every federation's books. */
    ADMIN,
    /** Reads and writes the books of one org unit subtree only. */
    STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
}
