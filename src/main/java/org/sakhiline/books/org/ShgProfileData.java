package org.sakhiline.books.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sakhiline.support.i18n.Languages;

/** A group's profile: meeting rule (see {@link MeetingRule}), place, time zone and defaults. */
public record ShgProfileData(
        @NotNull LocalDate formationDate,
        @NotNull MeetingFrequency meetingFrequency,
        @Min(1) @Max(7) Integer meetingDayOfWeek,
        @Min(1) @Max(4) Integer meetingWeekOfMonth,
        @Min(1) @Max(28) Integer meetingDayOfMonth,
        @NotNull LocalTime meetingTime,
        @NotBlank @Size(max = 200) String meetingPlace,
        @NotBlank @Size(max = 40) String timeZone,
        @NotNull @Pattern(regexp = Languages.BASE_CODES, message = "must be one of en, hi, as, bn, mni, ur, sd") String defaultLanguage,
        @PositiveOrZero long defaultSavingsPaise,
        @Size(max = 32) @Pattern(regexp = "X*[0-9]{0,4}", message = "must be masked, e.g. XXXXXX4821") String bankAccountMasked,
        @Pattern(regexp = "[ABC]", message = "must be A, B or C") String grade) {

    static ShgProfileData of(ShgProfile p) {
        return new ShgProfileData(p.formationDate, p.meetingFrequency, p.meetingDayOfWeek, p.meetingWeekOfMonth,
                p.meetingDayOfMonth, p.meetingTime, p.meetingPlace, p.timeZone, p.defaultLanguage, p.defaultSavingsPaise,
                p.bankAccountMasked, p.grade);
    }
}
