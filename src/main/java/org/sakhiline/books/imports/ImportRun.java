package org.sakhiline.books.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.OrgLevel;

/**
 * One pass over one file: checking (reads only) or writing (on the import's one transaction). Collects the
 * problems and counts, knows who imports and which part of the tree she may touch, and caches org units.
 */
final class ImportRun {

    static final int MAX_PROBLEMS = 10_000;

    final ImportKind kind;
    final Connection c;
    final boolean writing;
    final String username;
    /** Org unit ids she may import into; null for an administrator (anywhere). Grows with units the file creates. */
    final Set<Long> scope;
    /** The latest date a row may carry (tomorrow in UTC: a sheet from a zone ahead of UTC is not "in the future"). */
    final LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    final List<RowProblem> problems = new ArrayList<>();
    long problemCount;
    long rows;
    long created;
    long updated;
    long unchanged;
    private final AuditLog audit;
    private final Map<String, Unit> units = new HashMap<>();

    ImportRun(ImportKind kind, Connection c, boolean writing, String username, Set<Long> scope, AuditLog audit) {
        this.kind = kind;
        this.c = c;
        this.writing = writing;
        this.username = username;
        this.scope = scope;
        this.audit = audit;
    }

    /** An org unit as the import needs it. */
    record Unit(long id, String code, OrgLevel level, Country country, Long parentId) {
        boolean group() {
            return level == OrgLevel.SHG || level == OrgLevel.CO;
        }
    }

    void problem(long row, String column, String value, String reason) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new RowProblem(row, column, value == null || value.length() <= 200 ? value : value.substring(0, 200), reason));
        }
    }

    /** Who the ledger names for rows this import posts. */
    String actor() {
        return "import:" + username;
    }

    boolean inScope(long unitId) {
        return scope == null || scope.contains(unitId);
    }

    void audit(AuditEntry entry) throws SQLException {
        if (writing) {
            audit.recordOn(c, username, entry);
        }
    }

    /** The units with these codes that exist in the books (cached for the run). */
    Map<String, Unit> units(Collection<String> codes) throws SQLException {
        List<String> missing = codes.stream().filter(code -> !units.containsKey(code)).distinct().toList();
        for (List<String> part : ImportSql.parts(missing)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code, level, country, parent_id FROM org_unit WHERE code IN ("
                    + ImportSql.marks(part.size()) + ")")) {
                ImportSql.bind(ps, 1, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Unit u = new Unit(rs.getLong(1), rs.getString(2), OrgLevel.valueOf(rs.getString(3)),
                                Country.valueOf(rs.getString(4)), rs.getObject(5, Long.class));
                        units.put(u.code(), u);
                    }
                }
            }
            part.forEach(code -> units.putIfAbsent(code, null));
        }
        Map<String, Unit> found = new HashMap<>();
        for (String code : codes) {
            Unit u = units.get(code);
            if (u != null) {
                found.put(code, u);
            }
        }
        return found;
    }

    void forget(String code) {
        units.remove(code);
    }
}
