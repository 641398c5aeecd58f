package org.sakhiline.books.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.NotFoundException;

/** Staff (bank mitras, community resource persons, administrators): who they are and the part of the tree they may act on. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    private static final String STAFF = "select new org.sakhiline.books.staff.StaffSummary(s.id, s.name, s.phoneE164, s.role,"
            + " s.orgUnitId, s.language, s.status, case when s.pinHash is null then false else true end) from Staff s";

    private final MemberDirectory members;

    public StaffDirectory(MemberDirectory members) {
        this.members = members;
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
        return staff(s.id).orElseThrow();
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
