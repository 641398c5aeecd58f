package org.sakhiline.books.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sakhiline.support.PhoneNumbers;
import org.sakhiline.support.i18n.Languages;

/** A staff member to register; {@code language} null means en. */
public record NewStaff(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Pattern(regexp = PhoneNumbers.E164, message = "must be an E.164 number like +919812345678") String phoneE164,
        @NotNull StaffRole role,
        @NotNull Long orgUnitId,
        @Pattern(regexp = Languages.BASE_CODES, message = "must be one of en, hi, as, bn, mni, ur, sd") String language) {}
