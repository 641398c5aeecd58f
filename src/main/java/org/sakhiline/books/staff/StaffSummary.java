package org.sakhiline.books.staff;

/** A staff member (never exposes the PIN hash), with the version an edit names. */
public record StaffSummary(long staffId, String name, String phoneE164, StaffRole role, long orgUnitId, String language,
                           StaffStatus status, boolean pinSet, long version) {}
