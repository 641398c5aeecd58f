package org.sakhiline.books.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.sakhiline.support.PhoneNumbers;
import org.sakhiline.support.i18n.Languages;

/**
 * A member to enrol. {@code memberNo} null takes the group's next number; {@code joinedOn} null means
 * today; {@code role} null means MEMBER.
 */
public record NewMember(
        @NotNull Long shgId,
        @Positive Integer memberNo,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 200) String nameNative,
        @NotNull @Pattern(regexp = Languages.BASE_CODES, message = "must be one of en, hi, as, bn, mni, ur, sd") String language,
        @NotNull ScriptVariant script,
        MemberRole role,
        LocalDate joinedOn,
        @Size(max = 5) List<@NotNull @Pattern(regexp = PhoneNumbers.E164, message = "must be an E.164 number like +919812345678") String> phones) {}
