package org.sakhiline.admin.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.members.MemberFields;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.NewOrgUnit;
import org.sakhiline.books.org.OrgLevel;
import org.sakhiline.books.org.OrgUnitChanges;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.books.org.ShgProfileData;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * The console's org unit forms: a unit below one the user may open (a new federation top: administrators
 * only), and edits of names, place and a group's meeting profile from the version shown.
 */
@ApplicationScoped
public class OrgUnitUpkeepForms {

    private final AccessScope scope;
    private final OrgUnitService orgUnits;

    public OrgUnitUpkeepForms(AccessScope scope, OrgUnitService orgUnits) {
        this.scope = scope;
        this.orgUnits = orgUnits;
    }

    /** {@code unitId} null: a new unit (below {@code parentId}, or a new top with {@code level} chosen on the form). */
    public record Page(Long unitId, Long parentId, String parentCode, String level, String country, boolean group,
                       RecordForm form, List<RecordForm.Option> languages) {
        public boolean editing() {
            return unitId != null;
        }
    }

    public Page newUnit(Long parentId, RecordForm form) {
        RecordForm shown = form != null ? form : RecordForm.of(RecordForm.values("meetingFrequency", "WEEKLY",
                "meetingDayOfWeek", "3", "meetingTime", "10:00", "defaultSavingsRupees", "100",
                "formationDate", LocalDate.now().toString()));
        if (parentId == null) {
            scope.requireAdmin();   // a new top of the tree is in nobody's subtree yet
            return new Page(null, null, null, null, null, false, shown, RecordForm.LANGUAGES);
        }
        scope.requireUnit(parentId);
        OrgUnitView parent = orgUnits.find(parentId).orElseThrow(() -> ConsoleErrors.notFound("org unit " + parentId));
        OrgLevel level = levelBelow(parent.level(), parent.country());
        if (level == null) {
            throw ConsoleErrors.notFound("a level below " + parent.level());
        }
        boolean group = level == OrgLevel.SHG || level == OrgLevel.CO;
        if (form == null && group) {
            shown.values().put("timeZone", parent.country() == Country.PK ? "Asia/Karachi" : "Asia/Kolkata");
            shown.values().put("defaultLanguage", parent.country() == Country.PK ? "ur" : "hi");
        }
        return new Page(null, parentId, parent.code(), level.name(), parent.country().name(), group, shown, RecordForm.LANGUAGES);
    }

    public Page editUnit(long id, RecordForm form) {
        scope.requireUnit(id);
        OrgUnitView u = orgUnits.find(id).orElseThrow(() -> ConsoleErrors.notFound("org unit " + id));
        RecordForm shown = form;
        if (shown == null) {
            shown = RecordForm.of(RecordForm.values("version", String.valueOf(u.version()), "code", u.code(), "name", u.name(),
                    "nameLocal", u.nameLocal(), "district", u.district(), "block", u.block(), "village", u.village()));
            ShgProfileData p = u.shgProfile();
            if (p != null) {
                shown.values().putAll(RecordForm.values("formationDate", String.valueOf(p.formationDate()),
                        "meetingFrequency", p.meetingFrequency().name(), "meetingDayOfWeek", text(p.meetingDayOfWeek()),
                        "meetingWeekOfMonth", text(p.meetingWeekOfMonth()), "meetingDayOfMonth", text(p.meetingDayOfMonth()),
                        "meetingTime", String.valueOf(p.meetingTime()), "meetingPlace", p.meetingPlace(), "timeZone", p.timeZone(),
                        "defaultLanguage", p.defaultLanguage(), "defaultSavingsRupees", String.valueOf(p.defaultSavingsPaise() / 100)));
            }
        }
        return new Page(id, u.parentId(), null, u.level().name(), u.country().name(), u.shgProfile() != null, shown,
                RecordForm.LANGUAGES);
    }

    public OrgUnitView create(Long parentId, Map<String, String> f) {
        Page page = newUnit(parentId, RecordForm.of(f));   // scope, and the level the unit takes
        OrgLevel level = page.level() != null ? OrgLevel.valueOf(page.level()) : MemberFields.enumValue(OrgLevel.class, f.get("level"));
        List<FieldError> problems = new ArrayList<>(changes(f, null).problems());
        if (level == null || (parentId == null && level != OrgLevel.CLF && level != OrgLevel.LSO)) {
            problems.add(new FieldError("level", "a new top of the tree is a CLF (India) or an LSO (Pakistan)"));
        }
        String code = f.getOrDefault("code", "").strip();
        if (!code.matches("[A-Za-z0-9_-]{1,32}")) {
            problems.add(new FieldError("code", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
        ShgProfileData profile = page.group() ? profile(f, problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Country country = page.country() != null ? Country.valueOf(page.country()) : level == OrgLevel.LSO ? Country.PK : Country.IN;
        OrgUnitChanges c = changes(f, null);
        return orgUnits.create(new NewOrgUnit(parentId, level, country, code, c.name().strip(), c.nameLocal(), c.district(),
                c.block(), c.village(), profile));
    }

    public OrgUnitView update(long id, Map<String, String> f) {
        Page page = editUnit(id, RecordForm.of(f));
        List<FieldError> problems = new ArrayList<>();
        ShgProfileData typed = page.group() ? profile(f, problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // The form does not show the masked bank account and grade: they stay as they are.
        ShgProfileData kept = typed == null ? null : orgUnits.find(id).map(OrgUnitView::shgProfile).orElse(null);
        ShgProfileData profile = typed == null ? null : new ShgProfileData(typed.formationDate(), typed.meetingFrequency(),
                typed.meetingDayOfWeek(), typed.meetingWeekOfMonth(), typed.meetingDayOfMonth(), typed.meetingTime(),
                typed.meetingPlace(), typed.timeZone(), typed.defaultLanguage(), typed.defaultSavingsPaise(),
                kept == null ? null : kept.bankAccountMasked(), kept == null ? null : kept.grade());
        return orgUnits.update(id, changes(f, MemberUpkeepForms.version(f.get("version"))).withProfile(profile));
    }

    private static OrgUnitChanges changes(Map<String, String> f, Long version) {
        return new OrgUnitChanges(version, f.get("name"), MemberFields.optional(f.get("nameLocal")),
                MemberFields.optional(f.get("district")), MemberFields.optional(f.get("block")),
                MemberFields.optional(f.get("village")), null);
    }

    /** A group's profile from the form's text, adding a problem per field that does not parse. */
    static ShgProfileData profile(Map<String, String> f, List<FieldError> problems) {
        LocalDate formed = null;
        try {
            formed = LocalDate.parse(f.getOrDefault("formationDate", "").strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError("formationDate", "must be a date like 2020-01-15"));
        }
        MeetingFrequency frequency = MemberFields.enumValue(MeetingFrequency.class, f.get("meetingFrequency"));
        if (frequency == null) {
            problems.add(new FieldError("meetingFrequency", "must be WEEKLY or MONTHLY"));
        }
        Integer dayOfWeek = number(f, "meetingDayOfWeek", 1, 7, problems);
        Integer weekOfMonth = number(f, "meetingWeekOfMonth", 1, 4, problems);
        Integer dayOfMonth = number(f, "meetingDayOfMonth", 1, 28, problems);
        LocalTime time = null;
        try {
            time = LocalTime.parse(f.getOrDefault("meetingTime", "").strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError("meetingTime", "must be a time like 10:30"));
        }
        String place = MemberFields.optional(f.get("meetingPlace"));
        if (place == null || place.length() > 200) {
            problems.add(new FieldError("meetingPlace", "is required (at most 200 characters)"));
        }
        String zone = MemberFields.optional(f.get("timeZone"));
        if (zone == null) {
            problems.add(new FieldError("timeZone", "is required, e.g. Asia/Kolkata"));
        }
        String language = MemberFields.optional(f.get("defaultLanguage"));
        if (language == null || !language.matches(org.sakhiline.support.i18n.Languages.BASE_CODES)) {
            problems.add(new FieldError("defaultLanguage", "must be one of en, hi, as, bn, mni, ur, sd"));
        }
        Integer savings = number(f, "defaultSavingsRupees", 0, 1_000_000, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ShgProfileData(formed, frequency, dayOfWeek, weekOfMonth, dayOfMonth, time, place, zone, language,
                savings == null ? 0 : savings * 100L, null, null);
    }

    private static Integer number(Map<String, String> f, String field, int min, int max, List<FieldError> problems) {
        String text = MemberFields.optional(f.get(field));
        if (text == null) {
            return null;
        }
        if (text.matches("[0-9]{1,9}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max) {
            return Integer.valueOf(text);
        }
        problems.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return null;
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    static OrgLevel levelBelow(OrgLevel level, Country country) {
        return switch (level) {
            case CLF, LSO -> OrgLevel.VO;
            case VO -> country == Country.PK ? OrgLevel.CO : OrgLevel.SHG;
            case SHG, CO -> null;
        };
    }
}
