package org.sakhiline.books.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.persistence.LockModeType;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The federation tree. India: CLF → VO → SHG; Pakistan RSPs: LSO → VO → CO. A unit's parent, when
 * given, must be of the level just above and in the same country.
 */
@ApplicationScoped
@Transactional
public class OrgUnitService {

    private final AuditLog audit;

    public OrgUnitService(AuditLog audit) {
        this.audit = audit;
    }

    public OrgUnitView create(NewOrgUnit req) {
        if (!levelFitsCountry(req.level(), req.country())) {
            throw new InvalidInputException("level", req.level() + " is not a level used in " + req.country());
        }
        if (req.parentId() != null) {
            OrgUnit parent = OrgUnit.findById(req.parentId());
            if (parent == null) {
                throw new NotFoundException("org unit", req.parentId());
            }
            if (parent.country != req.country() || parent.level != levelAbove(req.level(), req.country())) {
                throw new InvalidInputException("parentId", "a " + req.level() + " in " + req.country() + " must sit under a "
                        + levelAbove(req.level(), req.country()) + " of the same country");
            }
        }
        boolean group = req.level() == OrgLevel.SHG || req.level() == OrgLevel.CO;
        if (group && req.shgProfile() == null) {
            throw new InvalidInputException("shgProfile", "is required for an SHG or CO");
        }
        if (!group && req.shgProfile() != null) {
            throw new InvalidInputException("shgProfile", "is only allowed for an SHG or CO");
        }
        if (group) {
            validateProfile(req.shgProfile());
        }
        if (OrgUnit.findByCode(req.code()).isPresent()) {
            throw new ConflictException(ConflictException.DUPLICATE, "org unit code " + req.code() + " is already taken");
        }
        OrgUnit u = new OrgUnit();
        u.parentId = req.parentId();
        u.level = req.level();
        u.country = req.country();
        u.code = req.code();
        u.name = req.name().strip();
        u.nameLocal = req.nameLocal();
        u.district = req.district();
        u.block = req.block();
        u.village = req.village();
        u.persistAndFlush();
        if (group) {
            ShgProfile p = new ShgProfile();
            p.orgUnitId = u.id;
            copyProfile(req.shgProfile(), p);
            p.persistAndFlush();
        }
        OrgUnitView created = find(u.id).orElseThrow();
        audit.record(AuditEntry.of("orgUnit.create", "orgUnit", u.id, u.id, "New " + u.level + " " + u.code + " (" + u.name + ")",
                null, created));
        return created;
    }

    /** Edits names, place and (groups) the profile, from the version the editor saw; audited before/after. */
    public OrgUnitView update(long id, OrgUnitChanges changes) {
        List<FieldError> problems = changes.problems();
        OrgUnit u = em().find(OrgUnit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (u == null) {
            throw new NotFoundException("org unit", id);
        }
        EditVersions.require(changes.version(), u.version, "org unit");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (changes.shgProfile() != null && !u.isGroup()) {
            throw new InvalidInputException("shgProfile", "is only allowed for an SHG or CO");
        }
        if (changes.shgProfile() != null) {
            validateProfile(changes.shgProfile());
        }
        OrgUnitView before = find(id).orElseThrow();
        u.name = changes.name().strip();
        u.nameLocal = blankToNull(changes.nameLocal());
        u.district = blankToNull(changes.district());
        u.block = blankToNull(changes.block());
        u.village = blankToNull(changes.village());
        if (changes.shgProfile() != null) {
            ShgProfile p = ShgProfile.findById(id);
            if (p == null) {
                p = new ShgProfile();
                p.orgUnitId = id;
                copyProfile(changes.shgProfile(), p);
                p.persist();
            } else {
                copyProfile(changes.shgProfile(), p);
            }
        }
        u.version++;
        OrgUnit.flush();
        OrgUnitView after = find(id).orElseThrow();
        audit.record(AuditEntry.of("orgUnit.update", "orgUnit", id, id, "Edited " + u.level + " " + u.code, before, after));
        return after;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void copyProfile(ShgProfileData d, ShgProfile p) {
        p.formationDate = d.formationDate();
        p.meetingFrequency = d.meetingFrequency();
        p.meetingDayOfWeek = d.meetingDayOfWeek();
        p.meetingWeekOfMonth = d.meetingWeekOfMonth();
        p.meetingDayOfMonth = d.meetingDayOfMonth();
        p.meetingTime = d.meetingTime();
        p.meetingPlace = d.meetingPlace();
        p.timeZone = d.timeZone();
        p.defaultLanguage = d.defaultLanguage();
        p.defaultSavingsPaise = d.defaultSavingsPaise();
        p.bankAccountMasked = d.bankAccountMasked();
        p.grade = d.grade();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<OrgUnitView> find(long id) {
        OrgUnit u = OrgUnit.findById(id);
        return u == null ? Optional.empty() : Optional.of(view(u, ShgProfile.findById(id)));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<OrgUnitView> findByCode(String code) {
        return OrgUnit.findByCode(code).map(u -> view(u, ShgProfile.findById(u.id)));
    }

    /** Units filtered by parent and/or level, ordered by code (two queries plus one for profiles). */
    @Transactional(TxType.SUPPORTS)
    public ResultPage<OrgUnitView> list(Long parentId, OrgLevel level, int page, int size) {
        return list(parentId, level, null, page, size);
    }

    /** As {@link #list(Long, OrgLevel, int, int)}, limited to {@code withinUnits} (null: no limit). */
    @Transactional(TxType.SUPPORTS)
    public ResultPage<OrgUnitView> list(Long parentId, OrgLevel level, Collection<Long> withinUnits, int page, int size) {
        if (withinUnits != null && withinUnits.isEmpty()) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        String where = " where 1 = 1" + (parentId == null ? "" : " and u.parentId = :parent")
                + (level == null ? "" : " and u.level = :level") + (withinUnits == null ? "" : " and u.id in :within");
        TypedQuery<OrgUnit> items = em().createQuery("from OrgUnit u" + where + " order by u.code", OrgUnit.class);
        TypedQuery<Long> count = em().createQuery("select count(u) from OrgUnit u" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (parentId != null) {
                q.setParameter("parent", parentId);
            }
            if (level != null) {
                q.setParameter("level", level);
            }
            if (withinUnits != null) {
                q.setParameter("within", withinUnits);
            }
        }
        List<OrgUnit> units = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, ShgProfile> profiles = units.isEmpty() ? Map.of()
                : ShgProfile.<ShgProfile>list("orgUnitId in ?1", units.stream().map(u -> u.id).toList()).stream()
                        .collect(Collectors.toMap(p -> p.orgUnitId, Function.identity()));
        return new ResultPage<>(units.stream().map(u -> view(u, profiles.get(u.id))).toList(), page, size,
                count.getSingleResult());
    }

    private static OrgUnitView view(OrgUnit u, ShgProfile p) {
        return new OrgUnitView(u.id, u.parentId, u.level, u.country, u.code, u.name, u.nameLocal, u.district, u.block,
                u.village, u.createdAt, p == null ? null : ShgProfileData.of(p), u.version);
    }

    private static void validateProfile(ShgProfileData d) {
        try {
            ZoneId.of(d.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("shgProfile.timeZone", "is not a known time zone id (e.g. Asia/Kolkata)");
        }
        try {
            new MeetingRule(d.meetingFrequency(), d.meetingDayOfWeek(), d.meetingWeekOfMonth(), d.meetingDayOfMonth());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("shgProfile.meetingDayOfWeek", e.getMessage());
        }
    }

    public static boolean levelFitsCountry(OrgLevel level, Country country) {
        return switch (level) {
            case CLF, SHG -> country == Country.IN;
            case LSO, CO -> country == Country.PK;
            case VO -> true;
        };
    }

    public static OrgLevel levelAbove(OrgLevel level, Country country) {
        return switch (level) {
            case CLF, LSO -> null;
            case VO -> country == Country.IN ? OrgLevel.CLF : OrgLevel.LSO;
            case SHG, CO -> OrgLevel.VO;
        };
    }

    private static EntityManager em() {
        return OrgUnit.getEntityManager();
    }
}
