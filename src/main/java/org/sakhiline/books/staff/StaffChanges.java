package org.sakhiline.books.staff;

import java.util.ArrayList;
import java.util.List;
import org.sakhiline.books.members.MemberFields;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.problem.FieldError;

/**
 * An edit of a staff member (bank mitra, CRP, administrator in the books) made from {@code version}.
 * Enums are text so a wrong value is a field problem; {@code status} INACTIVE stops her acting at once.
 */
public record StaffChanges(Long version, String name, String phoneE164, String role, Long orgUnitId, String language,
                           String status) {

    public List<FieldError> problems() {
        List<FieldError> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new FieldError("name", "is required"));
        } else if (name.strip().length() > 120) {
            out.add(new FieldError("name", "must be at most 120 characters"));
        }
        if (MemberFields.phone(phoneE164) == null) {
            out.add(MemberFields.phoneProblem("phoneE164", phoneE164));
        }
        if (MemberFields.enumValue(StaffRole.class, role) == null) {
            out.add(new FieldError("role", "must be BANK_MITRA, CRP or ADMINISTRATOR"));
        }
        if (orgUnitId == null) {
            out.add(new FieldError("orgUnitId", "is required: the unit whose subtree she acts on"));
        }
        if (language != null && !language.isBlank() && !language.strip().matches(Languages.BASE_CODES)) {
            out.add(new FieldError("language", "must be one of " + Languages.BASE_CODES.replace("|", ", ")));
        }
        if (status != null && !status.isBlank() && MemberFields.enumValue(StaffStatus.class, status) == null) {
            out.add(new FieldError("status", "must be ACTIVE or INACTIVE"));
        }
        return out;
    }
}
