package org.sakhiline.reports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The subtree a report covers, loaded once per report (a few thousand rows for a whole federation): its
 * root, the lines one level below it (the drill-down), and for each SHG the line it rolls up into. Below
 * an SHG the lines are its members. Report queries group by SHG (or by member under an SHG root) and this
 * tree adds the groups up, so a VO's line is by construction the sum of its SHGs' lines.
 */
public final class ReportTree {

    private final ReportUnit root;
    private final List<ReportUnit> lines;
    private final Map<Long, ReportUnit> lineOfKey;
    private final List<Long> groupIds;
    private final boolean whole;

    private ReportTree(ReportUnit root, List<ReportUnit> lines, Map<Long, ReportUnit> lineOfKey, List<Long> groupIds,
                       boolean whole) {
        this.root = root;
        this.lines = lines;
        this.lineOfKey = lineOfKey;
        this.groupIds = groupIds;
        this.whole = whole;
    }

    /**
     * The subtree under {@code rootId}, or everything when it is null (an administrator's whole service; its
     * lines are the top-level units).
     */
    public static ReportTree load(EntityManager em, Long rootId) {
        List<?> rows;
        if (rootId == null) {
            rows = em.createNativeQuery(UNITS + " ORDER BY u.id").getResultList();
        } else {
            rows = em.createNativeQuery("""
                    WITH RECURSIVE sub (id, depth) AS (
                        SELECT id, 0 FROM org_unit WHERE id = ?1
                        UNION ALL SELECT o.id, sub.depth + 1 FROM org_unit o JOIN sub ON o.parent_id = sub.id
                        WHERE sub.depth < 16)
                    """ + UNITS + " JOIN sub ON sub.id = u.id ORDER BY sub.depth, u.id")
                    .setParameter(1, rootId).getResultList();
            if (rows.isEmpty()) {
                throw new NotFoundException("org unit", rootId);
            }
        }
        Map<Long, ReportUnit> units = new LinkedHashMap<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            ReportUnit u = new ReportUnit(((Number) c[0]).longValue(), c[1] == null ? null : ((Number) c[1]).longValue(),
                    (String) c[2], (String) c[3], (String) c[4], zoneOf((String) c[5], (String) c[6]));
            units.put(u.id(), u);
        }
        ReportUnit root = rootId == null
                ? new ReportUnit(0, null, ReportUnit.WHOLE, "ALL", "Whole service", "Asia/Kolkata")
                : units.get(rootId);
        List<Long> groups = units.values().stream().filter(ReportUnit::isGroup).map(ReportUnit::id).toList();
        if (root.isGroup()) {
            return new ReportTree(root, new ArrayList<>(), new HashMap<>(), List.of(root.id()), false).withMembers(em);
        }
        List<ReportUnit> lines = new ArrayList<>();
        Map<Long, ReportUnit> lineOf = new HashMap<>();
        for (ReportUnit u : units.values()) {
            boolean isLine = rootId == null ? !units.containsKey(u.parentId()) : rootId.equals(u.parentId());
            if (isLine) {
                lines.add(u);
                lineOf.put(u.id(), u);
            }
        }
        for (ReportUnit u : units.values()) {
            ReportUnit line = u;
            while (line != null && !lineOf.containsKey(line.id())) {
                line = line.parentId() == null ? null : units.get(line.parentId());
            }
            if (u.isGroup() && line != null) {
                lineOf.put(u.id(), line);
            }
        }
        return new ReportTree(root, lines, lineOf, groups, rootId == null);
    }

    private ReportTree withMembers(EntityManager em) {
        List<?> rows = em.createNativeQuery("SELECT id, member_no, name, status FROM member WHERE shg_id = ?1 ORDER BY member_no")
                .setParameter(1, root.id()).getResultList();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            ReportUnit m = new ReportUnit(((Number) c[0]).longValue(), root.id(), ReportUnit.MEMBER,
                    String.valueOf(((Number) c[1]).intValue()), (String) c[2], root.timeZone());
            lines.add(m);
            lineOfKey.put(m.id(), m);
        }
        return this;
    }

    private static final String UNITS = """
            SELECT u.id, u.parent_id, u.level, u.code, u.name, p.time_zone, u.country
            FROM org_unit u LEFT JOIN shg_profile p ON p.org_unit_id = u.id""";

    private static String zoneOf(String profileZone, String country) {
        if (profileZone != null) {
            return profileZone;
        }
        return "PK".equals(country) ? "Asia/Karachi" : "Asia/Kolkata";
    }

    public ReportUnit root() {
        return root;
    }

    /** The drill-down lines: units one level below the root, or members when the root is a group. */
    public List<ReportUnit> lines() {
        return lines;
    }

    /** True when report queries group by member (the root is one SHG), false when they group by SHG. */
    public boolean byMember() {
        return root.isGroup();
    }

    /** The line a query's key (an SHG id, or a member id under a group root) adds into; null when outside. */
    public ReportUnit lineOf(long key) {
        return lineOfKey.get(key);
    }

    /** Every SHG/CO in the subtree. */
    public List<Long> groupIds() {
        return groupIds;
    }

    /**
     * A WHERE fragment limiting {@code member m} to the subtree (parameter {@code :groups}), or "" for the whole
     * service; with {@link #bind} it keeps every report's filter the same.
     */
    public String memberFilter() {
        return whole ? "" : " AND m.shg_id IN (:groups)";
    }

    /** Binds {@link #memberFilter()}'s parameter. */
    public jakarta.persistence.Query bind(jakarta.persistence.Query q) {
        return whole ? q : q.setParameter("groups", groupIds.isEmpty() ? List.of(-1L) : groupIds);
    }

    /** A WHERE fragment (starting with AND) limiting a roll-up's {@code column} to the subtree's groups, or "" for everything. */
    public String unitFilter(String column) {
        return whole ? "" : " AND " + column + " IN (:groups)";
    }

    /** Binds {@link #unitFilter}'s parameter. */
    public jakarta.persistence.Query bindUnits(jakarta.persistence.Query q) {
        return bind(q);
    }

    /** The column a report query groups by: the SHG, or the member under a group root. */
    public String keyColumn() {
        return byMember() ? "m.id" : "m.shg_id";
    }
}
