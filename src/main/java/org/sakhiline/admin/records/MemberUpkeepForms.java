package org.sakhiline.admin.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.members.MemberChanges;
import org.sakhiline.books.members.MemberFields;
import org.sakhiline.books.members.MemberRecord;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.MemberUpkeep;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * The console's member forms: enrol, edit, exit, phones on and off. Scope first (a STAFF user only within
 * her subtree), then the same {@link MemberUpkeep} the API uses, so rules, audit and messages are the same.
 */
@ApplicationScoped
public class MemberUpkeepForms {

    private final AccessScope scope;
    private final MemberUpkeep upkeep;
    private final OrgUnitService orgUnits;

    public MemberUpkeepForms(AccessScope scope, MemberUpkeep upkeep, OrgUnitService orgUnits) {
        this.scope = scope;
        this.upkeep = upkeep;
        this.orgUnits = orgUnits;
    }

    /** The form page: enrolling into {@code shgId} when {@code memberId} is null, else editing her. */
    public record Page(Long memberId, long shgId, String shgCode, String shgName, RecordForm form,
                       List<RecordForm.Option> languages) {
        public boolean editing() {
            return memberId != null;
        }
    }

    public Page newMember(long shgId, RecordForm form) {
        scope.requireUnit(shgId);
        OrgUnitView shg = orgUnits.find(shgId).filter(u -> u.shgProfile() != null)
                .orElseThrow(() -> ConsoleErrors.notFound("group " + shgId));
        RecordForm shown = form != null ? form : RecordForm.of(RecordForm.values("language", shg.shgProfile().defaultLanguage(),
                "script", "NATIVE", "role", "MEMBER"));
        return new Page(null, shgId, shg.code(), shg.name(), shown, RecordForm.LANGUAGES);
    }

    public Page editMember(long memberId, RecordForm form) {
        scope.requireMember(memberId);
        MemberRecord m = upkeep.record(memberId);
        OrgUnitView shg = orgUnits.find(m.shgId()).orElseThrow();
        RecordForm shown = form != null ? form : RecordForm.of(RecordForm.values("version", String.valueOf(m.version()),
                "name", m.name(), "nameNative", m.nameNative(), "language", m.language(), "script", m.script().name(),
                "role", m.role().name()));
        return new Page(memberId, m.shgId(), shg.code(), shg.name(), shown, RecordForm.LANGUAGES);
    }

    /** Enrols her from the form's text; every problem at once, by field. */
    public MemberRecord create(long shgId, Map<String, String> f) {
        scope.requireUnit(shgId);
        List<FieldError> problems = new ArrayList<>(MemberFields.problems(f.get("name"), f.get("nameNative"), f.get("language"),
                f.get("script"), f.get("role")));
        Integer memberNo = null;
        String no = MemberFields.optional(f.get("memberNo"));
        if (no != null) {
            memberNo = no.matches("[1-9][0-9]{0,5}") ? Integer.valueOf(no) : null;
            if (memberNo == null) {
                problems.add(new FieldError("memberNo", "must be a whole number from 1, or left empty for the next number"));
            }
        }
        LocalDate joined = null;
        String joinedText = MemberFields.optional(f.get("joinedOn"));
        if (joinedText != null) {
            try {
                joined = LocalDate.parse(joinedText);
            } catch (DateTimeParseException e) {
                problems.add(new FieldError("joinedOn", "must be a date like 2026-11-03"));
            }
        }
        List<String> phones = new ArrayList<>();
        String typedPhones = f.getOrDefault("phones", "");
        for (String typed : Arrays.stream(typedPhones.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            String phone = MemberFields.phone(typed);
            if (phone == null) {
                problems.add(MemberFields.phoneProblem("phones", typed));
            } else if (!phones.contains(phone)) {
                phones.add(phone);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scope.requirePhonesNotHeldOutside(phones);
        ScriptVariant script = MemberFields.enumValue(ScriptVariant.class, f.get("script"));
        return upkeep.create(new NewMember(shgId, memberNo, f.get("name").strip(), MemberFields.optional(f.get("nameNative")),
                f.get("language").strip(), script == null ? ScriptVariant.NATIVE : script,
                MemberFields.enumValue(MemberRole.class, f.get("role")), joined, phones));
    }

    public MemberRecord update(long memberId, Map<String, String> f) {
        scope.requireMember(memberId);
        return upkeep.update(memberId, new MemberChanges(version(f.get("version")), f.get("name"), f.get("nameNative"),
                f.get("language"), f.get("script"), f.get("role")));
    }

    public MemberRecord exit(long memberId, String exitedOn, String reason) {
        scope.requireMember(memberId);
        LocalDate on = null;
        if (MemberFields.optional(exitedOn) != null) {
            try {
                on = LocalDate.parse(exitedOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("exitedOn", "must be a date like 2026-11-03");
            }
        }
        return upkeep.exit(memberId, on, reason);
    }

    public MemberRecord addPhone(long memberId, String typed) {
        scope.requireMember(memberId);
        String phone = MemberFields.phone(typed);
        scope.requirePhonesNotHeldOutside(phone == null ? List.of() : List.of(phone));
        return upkeep.addPhone(memberId, typed);
    }

    public MemberRecord removePhone(long memberId, String phone) {
        scope.requireMember(memberId);
        return upkeep.removePhone(memberId, phone);
    }

    /** The hidden version field; a form without one cannot be checked against later saves. */
    static Long version(String text) {
        return text != null && text.strip().matches("[0-9]{1,18}") ? Long.valueOf(text.strip()) : null;
    }
}
