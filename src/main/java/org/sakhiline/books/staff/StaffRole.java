package org.sakhiline.books.staff;

/** Staff who act for members: bank mitra (BC agent), community resource person, administrator. */
public enum StaffRole {
    BANK_MITRA, CRP, ADMINISTRATOR
}
