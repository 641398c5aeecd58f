package org.sakhiline.admin.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.members.MemberFields;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffChanges;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The console's forms for staff in the books (bank mitras, CRPs, administrators; not console users): add
 * one to a unit, edit one from the version shown. The unit is given by its code and must be in the editor's
 * subtree; an administrator of a whole federation is appointed by a console administrator only.
 */
@ApplicationScoped
public class StaffUpkeepForms {

    private final AccessScope scope;
    private final StaffDirectory staff;

    public StaffUpkeepForms(AccessScope scope, StaffDirectory staff) {
        this.scope = scope;
        this.staff = staff;
    }

    public record Page(Long staffId, long unitId, RecordForm form, List<RecordForm.Option> languages) {
        public boolean editing() {
            return staffId != null;
        }
    }

    public Page newStaff(long orgUnitId, RecordForm form) {
        scope.requireUnit(orgUnitId);
        OrgUnit unit = OrgUnit.findById(orgUnitId);
        if (unit == null) {
            throw ConsoleErrors.notFound("org unit " + orgUnitId);
        }
        return new Page(null, orgUnitId, form != null ? form : RecordForm.of(RecordForm.values("orgUnitCode", unit.code,
                "role", "BANK_MITRA", "language", "hi", "status", "ACTIVE")), RecordForm.LANGUAGES);
    }

    public Page editStaff(long staffId, RecordForm form) {
        scope.requireStaffRecord(staffId);
        StaffSummary s = staff.staff(staffId).orElseThrow(() -> ConsoleErrors.notFound("staff " + staffId));
        return new Page(staffId, s.orgUnitId(), form != null ? form : RecordForm.of(RecordForm.values("version", String.valueOf(s.version()),
                "name", s.name(), "phoneE164", s.phoneE164(), "role", s.role().name(),
                "orgUnitCode", OrgUnit.<OrgUnit>findById(s.orgUnitId()).code, "language", s.language(),
                "status", s.status().name())), RecordForm.LANGUAGES);
    }

    public StaffSummary create(Map<String, String> f) {
        StaffChanges c = changes(f, null);
        List<FieldError> problems = new ArrayList<>(c.problems());
        if (c.orgUnitId() == null) {
            problems.removeIf(p -> p.field().equals("orgUnitId"));
            problems.add(new FieldError("orgUnitCode", "no org unit has the code '" + f.getOrDefault("orgUnitCode", "").strip() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        allowed(c);
        return staff.createStaff(new NewStaff(c.name().strip(), MemberFields.phone(c.phoneE164()),
                MemberFields.enumValue(StaffRole.class, c.role()), c.orgUnitId(),
                MemberFields.optional(c.language())));
    }

    public StaffSummary update(long staffId, Map<String, String> f) {
        scope.requireStaffRecord(staffId);
        StaffChanges c = changes(f, MemberUpkeepForms.version(f.get("version")));
        if (c.orgUnitId() == null && c.version() != null) {
            throw new InvalidInputException("orgUnitCode", "no org unit has the code '" + f.getOrDefault("orgUnitCode", "").strip() + "'");
        }
        if (c.orgUnitId() != null) {
            allowed(c);
        }
        return staff.update(staffId, c);
    }

    /** The unit in scope, her phone not someone's outside it, a federation's administrator by an administrator. */
    private void allowed(StaffChanges c) {
        scope.requireUnit(c.orgUnitId());
        String phone = MemberFields.phone(c.phoneE164());
        scope.requirePhonesNotHeldOutside(phone == null ? List.of() : List.of(phone));
        OrgUnit unit = OrgUnit.findById(c.orgUnitId());
        if (unit == null) {
            throw new NotFoundException("org unit", c.orgUnitId());
        }
        if (MemberFields.enumValue(StaffRole.class, c.role()) == StaffRole.ADMINISTRATOR && unit.parentId == null) {
            scope.requireAdmin();
        }
    }

    private static StaffChanges changes(Map<String, String> f, Long version) {
        Long unitId = OrgUnit.findByCode(f.getOrDefault("orgUnitCode", "").strip()).map(u -> u.id).orElse(null);
        return new StaffChanges(version, f.get("name"), f.get("phoneE164"), f.get("role"), unitId, f.get("language"),
                f.get("status"));
    }
}
