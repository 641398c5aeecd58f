package org.sakhiline.books.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberFields;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.NotFoundException;

/** Staff (bank mitras, community resource persons, administrators): who they are and the part of the tree they may act on. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    private static final String STAFF = "select new org.sakhiline.books.staff.StaffSummary(s.id, s.name, s.phoneE164, s.role,"
            + " s.orgUnitId, s.language, s.status, case when s.pinHash is null then false else true end, s.version) from Staff s";

    private final MemberDirectory members;
    private final AuditLog audit;

    public StaffDirectory(MemberDirectory members, AuditLog audit) {
        this.members = members;
        this.audit = audit;
    }

    public StaffSummary createStaff(NewStaff req) {
        if (OrgUnit.findById(req.orgUnitId()) == null) {
            throw new NotFoundException("org unit", req.orgUnitId());
        }
        if (Staff.findByPhone(req.phoneE164()).isPresent()) {
            throw new ConflictException(ConflictException.DUPLICATE, "a staff member already uses this phone");
        }
        Staff s = new Staff();
        s.name = req.name().strip();
        s.phoneE164 = req.phoneE164();
        s.role = req.role();
        s.orgUnitId = req.orgUnitId();
        s.language = req.language() == null ? "en" : req.language();
        s.status = StaffStatus.ACTIVE;
        s.persistAndFlush();
        StaffSummary created = staff(s.id).orElseThrow();
        audit.record(AuditEntry.of("staff.create", "staff", s.id, s.orgUnitId, "New " + s.role + " " + s.name, null, created));
        return created;
    }

    /**
     * Edits a staff member from the version the editor saw: name, phone (unique among staff), role, the unit
     * she acts for, language, ACTIVE/INACTIVE. Audited before/after in the same transaction.
     */
    public StaffSummary update(long staffId, StaffChanges changes) {
        List<FieldError> problems = changes.problems();
        Staff s = em().find(Staff.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("staff", staffId);
        }
        EditVersions.require(changes.version(), s.version, "staff member");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (OrgUnit.findById(changes.orgUnitId()) == null) {
            throw new InvalidInputException("orgUnitId", "org unit " + changes.orgUnitId() + " does not exist");
        }
        String phone = MemberFields.phone(changes.phoneE164());
        if (Staff.count("phoneE164 = ?1 and id <> ?2", phone, staffId) > 0) {
            throw new ConflictException(ConflictException.DUPLICATE, "another staff member already uses this phone");
        }
        StaffSummary before = staff(staffId).orElseThrow();
        s.name = changes.name().strip();
        s.phoneE164 = phone;
        s.role = MemberFields.enumValue(StaffRole.class, changes.role());
        s.orgUnitId = changes.orgUnitId();
        s.language = changes.language() == null || changes.language().isBlank() ? s.language : changes.language().strip();
        StaffStatus status = MemberFields.enumValue(StaffStatus.class, changes.status());
        s.status = status == null ? s.status : status;
        s.version++;
        Staff.flush();
        StaffSummary after = staff(staffId).orElseThrow();
        audit.record(AuditEntry.of("staff.update", "staff", staffId, s.orgUnitId, "Edited staff " + s.name, before, after));
        return after;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<StaffSummary> staff(long staffId) {
        return em().createQuery(STAFF + " where s.id = ?1", StaffSummary.class)
                .setParameter(1, staffId).getResultStream().findFirst();
    }

    /** The active staff member using this phone, if any. */
    @Transactional(TxType.SUPPORTS)
    public Optional<StaffSummary> staffByPhone(String phoneE164) {
        return em().createQuery(STAFF + " where s.phoneE164 = ?1 and s.status = ?2", StaffSummary.class)
                .setParameter(1, phoneE164).setParameter(2, StaffStatus.ACTIVE).getResultStream().findFirst();
    }

    @Transactional(TxType.SUPPORTS)
    public ResultPage<StaffSummary> listStaff(Long orgUnitId, int page, int size) {
        return listStaff(orgUnitId, null, page, size);
    }

    /** Staff of one unit (or all), limited to those acting for a unit in {@code withinUnits} (null: no limit). */
    @Transactional(TxType.SUPPORTS)
    public ResultPage<StaffSummary> listStaff(Long orgUnitId, Collection<Long> withinUnits, int page, int size) {
        if (withinUnits != null && withinUnits.isEmpty()) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        String where = " where 1 = 1" + (orgUnitId == null ? "" : " and s.orgUnitId = :unit")
                + (withinUnits == null ? "" : " and s.orgUnitId in :within");
        TypedQuery<StaffSummary> items = em().createQuery(STAFF + where + " order by s.name, s.id", StaffSummary.class);
        TypedQuery<Long> count = em().createQuery("select count(s) from Staff s" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (orgUnitId != null) {
                q.setParameter("unit", orgUnitId);
            }
            if (withinUnits != null) {
                q.setParameter("within", withinUnits);
            }
        }
        return new ResultPage<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /** True when the staff member is active and {@code orgUnitId} is her unit or lies below it (one query). */
    @Transactional(TxType.SUPPORTS)
    public boolean staffMayActOn(long staffId, long orgUnitId) {
        Number n = (Number) em().createNativeQuery("WITH RECURSIVE up (id, parent_id, depth) AS ("
                        + " SELECT id, parent_id, 0 FROM org_unit WHERE id = ?1"
                        + " UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id"
                        + " WHERE up.depth < 16)"
                        + " SELECT COUNT(*) FROM up JOIN staff s ON s.org_unit_id = up.id"
                        + " WHERE s.id = ?2 AND s.status = 'ACTIVE'")
                .setParameter(1, orgUnitId).setParameter(2, staffId).getSingleResult();
        return n.longValue() > 0;
    }

    /** True when the member is active and belongs to a group the staff member may act on. */
    @Transactional(TxType.SUPPORTS)
    public boolean staffMayActOnMember(long staffId, long memberId) {
        return members.member(memberId).filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(m -> staffMayActOn(staffId, m.shgId())).orElse(false);
    }

    private static EntityManager em() {
        return Staff.getEntityManager();
    }
}
