package org.sakhiline.books.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.PhoneNumbers;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/** Who is who among members: by phone, number or name; enrolment, phones, status and language. */
@ApplicationScoped
@Transactional
public class MemberDirectory {

    private static final Logger LOG = Logger.getLogger(MemberDirectory.class);
    private static final String SUMMARY = "select new org.sakhiline.books.members.MemberSummary(m.id, m.shgId, o.code, o.name,"
            + " m.memberNo, m.name, m.nameNative, m.language, m.script, m.role, m.status,"
            + " case when m.pinHash is null then false else true end) from Member m, OrgUnit o where o.id = m.shgId";

    /** Active members reachable on this phone, ordered by name (a shared handset yields several). */
    @Transactional(TxType.SUPPORTS)
    public List<MemberSummary> activeMembersByPhone(String phoneE164) {
        return em().createQuery(SUMMARY + " and m.status = ?1 and m.id in"
                        + " (select p.memberId from MemberPhone p where p.phoneE164 = ?2) order by m.name, m.id", MemberSummary.class)
                .setParameter(1, MemberStatus.ACTIVE).setParameter(2, phoneE164).getResultList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<MemberSummary> member(long memberId) {
        return em().createQuery(SUMMARY + " and m.id = ?1", MemberSummary.class)
                .setParameter(1, memberId).getResultStream().findFirst();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<MemberSummary> member(String shgCode, int memberNo) {
        return em().createQuery(SUMMARY + " and o.code = ?1 and m.memberNo = ?2", MemberSummary.class)
                .setParameter(1, shgCode).setParameter(2, memberNo).getResultStream().findFirst();
    }

    @Transactional(TxType.SUPPORTS)
    public List<String> phonesOf(long memberId) {
        return MemberPhone.phonesOf(memberId);
    }

    /**
     * Members matching {@code q}: "+..." an exact phone; 1–3 digits a member number; 4 or more digits a
     * member number or a phone ending in them;
     * anything else part of the Latin or native name. Blank lists everyone. Ordered by name.
     */
    @Transactional(TxType.SUPPORTS)
    public ResultPage<MemberSummary> search(String q, Long shgId, int page, int size) {
        return search(q, shgId, null, page, size);
    }

    /** As {@link #search(String, Long, int, int)}, limited to members of the groups in {@code withinUnits} (null: no limit). */
    @Transactional(TxType.SUPPORTS)
    public ResultPage<MemberSummary> search(String q, Long shgId, Collection<Long> withinUnits, int page, int size) {
        if (withinUnits != null && withinUnits.isEmpty()) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        String where = "";
        Object param = null;
        String query = q == null ? "" : q.strip();
        if (query.startsWith("+")) {
            where = " and m.id in (select p.memberId from MemberPhone p where p.phoneE164 = :q)";
            param = query;
        } else if (query.matches("[0-9]{1,3}")) {
            // A member number: a phone "ending in 2" would match a tenth of all members.
            where = " and m.memberNo = :no";
        } else if (query.matches("[0-9]{4,15}")) {
            where = query.length() <= 9
                    ? " and (m.memberNo = :no or m.id in (select p.memberId from MemberPhone p where p.phoneE164 like :q))"
                    : " and m.id in (select p.memberId from MemberPhone p where p.phoneE164 like :q)";
            param = "%" + query;
        } else if (!query.isEmpty()) {
            where = " and (m.name like :q or m.nameNative like :q)";
            param = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        if (shgId != null) {
            where += " and m.shgId = :shg";
        }
        if (withinUnits != null) {
            where += " and m.shgId in :within";
        }
        TypedQuery<MemberSummary> items = em().createQuery(SUMMARY + where + " order by m.name, m.id", MemberSummary.class);
        TypedQuery<Long> count = em().createQuery("select count(m) from Member m where 1 = 1" + where, Long.class);
        for (TypedQuery<?> tq : List.of(items, count)) {
            if (param != null) {
                tq.setParameter("q", param);
            }
            if (where.contains(":no")) {
                tq.setParameter("no", Integer.parseInt(query));
            }
            if (shgId != null) {
                tq.setParameter("shg", shgId);
            }
            if (withinUnits != null) {
                tq.setParameter("within", withinUnits);
            }
        }
        List<MemberSummary> rows = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ResultPage<>(rows, page, size, count.getSingleResult());
    }

    /** Enrols a member with her phones; a taken member number is a {@link ConflictException}. */
    public MemberSummary createMember(NewMember req) {
        OrgUnit group = OrgUnit.findById(req.shgId());
        if (group == null) {
            throw new NotFoundException("org unit", req.shgId());
        }
        if (!group.isGroup()) {
            throw new InvalidInputException("shgId", "must be an SHG or CO, not a " + group.level);
        }
        // Serialises enrolments in one group so "next number" and the duplicate check are race-free.
        OrgUnit.getEntityManager().lock(group, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int memberNo;
        if (req.memberNo() != null) {
            memberNo = req.memberNo();
            if (Member.findByShgAndNo(group.id, memberNo).isPresent()) {
                throw new ConflictException(ConflictException.DUPLICATE,
                        "member number " + memberNo + " is already taken in " + group.code);
            }
        } else {
            Integer max = em().createQuery("select max(m.memberNo) from Member m where m.shgId = ?1", Integer.class)
                    .setParameter(1, group.id).getSingleResult();
            memberNo = max == null ? 1 : max + 1;
        }
        Member m = new Member();
        m.shgId = group.id;
        m.memberNo = memberNo;
        m.name = req.name().strip();
        m.nameNative = req.nameNative();
        m.language = req.language();
        m.script = req.script();
        m.role = req.role() == null ? MemberRole.MEMBER : req.role();
        m.status = MemberStatus.ACTIVE;
        m.joinedOn = req.joinedOn() == null ? LocalDate.now() : req.joinedOn();
        m.persist();
        if (req.phones() != null) {
            req.phones().stream().distinct().forEach(p -> MemberPhone.of(m.id, p).persist());
        }
        Member.flush();
        LOG.infof("enrolled member %d as no. %d of %s (phones %s)", m.id, memberNo, group.code,
                req.phones() == null ? "[]" : req.phones().stream().map(PhoneMask::mask).toList());
        return member(m.id).orElseThrow();
    }

    public void addPhone(long memberId, String phoneE164) {
        if (phoneE164 == null || !phoneE164.matches(PhoneNumbers.E164)) {
            throw new InvalidInputException("phoneE164", "must be an E.164 number like +919812345678");
        }
        if (Member.findById(memberId) == null) {
            throw new NotFoundException("member", memberId);
        }
        if (MemberPhone.count("memberId = ?1 and phoneE164 = ?2", memberId, phoneE164) == 0) {
            MemberPhone.of(memberId, phoneE164).persist();
        }
    }

    public MemberSummary setStatus(long memberId, MemberStatus status) {
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        m.status = status;
        Member.flush();
        return member(memberId).orElseThrow();
    }

    private static EntityManager em() {
        return Member.getEntityManager();
    }

    /** Saves a member's language and script choice (made in the menu or by an administrator). */
    public void setLanguage(long memberId, String language, ScriptVariant script) {
        if (language == null || !language.matches(Languages.BASE_CODES)) {
            throw new InvalidInputException("language", "must be one of " + Languages.BASE_CODES.replace('|', ','));
        }
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        m.language = language;
        m.script = script == null ? ScriptVariant.NATIVE : script;
    }
}
