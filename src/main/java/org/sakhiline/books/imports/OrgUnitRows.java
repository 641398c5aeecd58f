package org.sakhiline.books.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.OrgLevel;
import org.sakhiline.books.org.OrgUnitService;

/**
 * The federation tree from a sheet. A federation has a few thousand units, so their rows are kept and
 * checked together at the end: parents may come after their children, and a cycle of parents, an unknown
 * parent or a unit under a parent of the wrong level or another country is a row problem.
 *
 * <p>A new group (SHG/CO) gets a profile with a placeholder meeting rule (monthly on the 1st, 10:00, place
 * "to be set"): the sheet has no meeting columns, and the group's meetings are set in the console.
 */
final class OrgUnitRows implements KindRows {

    static final String PLACE_TO_BE_SET = "to be set";
    private final Map<String, Parsed> byCode = new LinkedHashMap<>();

    private record Parsed(long row, String code, String name, String nativeName, OrgLevel level, String parentCode,
                          Country country, String district, String timeZone) {}

    @Override
    public void chunk(List<SheetRow> rows, SheetHeader header, ImportRun run) {
        for (SheetRow r : rows) {
            RowCells cells = new RowCells(r.number(), r.cells(), header, run);
            String code = cells.text("code", true, 32);
            if (code != null && !code.matches("[A-Za-z0-9_-]+")) {
                cells.problem("code", code, "must be letters, digits, '-' or '_'");
            }
            String name = cells.text("name", true, 120);
            String nativeName = cells.text("native_name", false, 200);
            OrgLevel level = cells.choice("level", OrgLevel.class, null, Map.of());
            String parent = cells.text("parent_code", false, 32);
            Country country = cells.choice("country", Country.class, null, Map.of("INDIA", Country.IN, "PAKISTAN", Country.PK));
            String district = cells.text("district", false, 100);
            String zone = cells.text("time_zone", false, 40);
            if (zone != null) {
                try {
                    ZoneId.of(zone);
                } catch (DateTimeException e) {
                    cells.problem("time_zone", zone, "is not a time zone id (e.g. Asia/Kolkata)");
                }
            }
            if (level != null && country != null && !OrgUnitService.levelFitsCountry(level, country)) {
                cells.problem("level", level.name(), level + " is not a level used in " + country);
            }
            if (code != null && byCode.containsKey(code)) {
                cells.problem("code", code, "is already on row " + byCode.get(code).row());
            } else if (cells.ok()) {
                byCode.put(code, new Parsed(r.number(), code, name, nativeName, level, parent, country, district,
                        zone != null ? zone : country == Country.PK ? "Asia/Karachi" : "Asia/Kolkata"));
            } else if (code != null) {
                byCode.put(code, null);   // a bad row still takes its code: a second row with it is a duplicate too
            }
        }
    }

    @Override
    public void finish(SheetHeader header, ImportRun run) throws SQLException {
        Set<String> codes = new HashSet<>(byCode.keySet());
        byCode.values().stream().filter(Objects::nonNull).map(Parsed::parentCode).filter(Objects::nonNull).forEach(codes::add);
        Map<String, ImportRun.Unit> existing = run.units(codes);
        Map<String, Parsed> good = new LinkedHashMap<>();
        List<Parsed> ordered = byCode.values().stream().filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((Parsed p) -> depth(p.level())).thenComparingLong(Parsed::row)).toList();
        Set<String> inScope = new HashSet<>();
        for (Parsed p : ordered) {
            if (check(p, existing, inScope, run)) {
                good.put(p.code(), p);
            }
        }
        List<Parsed> toCreate = new ArrayList<>();
        for (Parsed p : ordered) {
            if (!good.containsKey(p.code())) {
                continue;
            }
            ImportRun.Unit was = existing.get(p.code());
            if (was == null) {
                run.created++;
                toCreate.add(p);
                continue;
            }
            Long parentId = parentId(p, run);
            Map<String, Object> before = stored(was, run);
            Map<String, Object> after = new LinkedHashMap<>(before);
            after.put("name", p.name());
            after.put("nameLocal", p.nativeName());
            after.put("district", p.district());
            after.put("parentId", parentId);
            if (was.group()) {
                after.put("timeZone", p.timeZone());
            }
            if (after.equals(before)) {
                run.unchanged++;
            } else {
                run.updated++;
                if (run.writing && run.problemCount == 0) {
                    update(was, p, parentId, run);
                    run.audit(AuditEntry.of("orgUnit.import", "orgUnit", was.id(), was.id(), "re-imported " + p.code(), before, after));
                }
            }
        }
        if (run.writing && run.problemCount == 0) {
            for (int depth = 0; depth <= 2; depth++) {   // parents first: a level's ids are known before its children
                int d = depth;
                create(toCreate.stream().filter(p -> depth(p.level()) == d).toList(), run);
            }
        }
    }

    private boolean check(Parsed p, Map<String, ImportRun.Unit> existing, Set<String> inScope, ImportRun run) throws SQLException {
        String cycle = cycleFrom(p);
        if (cycle != null) {
            run.problem(p.row(), "parent_code", p.parentCode(), "the parents form a cycle: " + cycle);
            return false;
        }
        ImportRun.Unit was = existing.get(p.code());
        if (was != null && (was.level() != p.level() || was.country() != p.country())) {
            run.problem(p.row(), "level", p.level().name(), "is " + was.level() + " in " + was.country()
                    + " in the books: level and country cannot change on re-import");
            return false;
        }
        OrgLevel above = OrgUnitService.levelAbove(p.level(), p.country());
        if (p.parentCode() == null) {
            if (above != null) {
                run.problem(p.row(), "parent_code", "", "is required: a " + p.level() + " sits under a " + above);
                return false;
            }
            if (run.scope != null) {
                run.problem(p.row(), "parent_code", "", "a new top of the tree is outside your part of the federation");
                return false;
            }
            return true;
        }
        Parsed inFile = byCode.get(p.parentCode());
        ImportRun.Unit inBooks = existing.get(p.parentCode());
        OrgLevel parentLevel = inFile != null ? inFile.level() : inBooks != null ? inBooks.level() : null;
        Country parentCountry = inFile != null ? inFile.country() : inBooks != null ? inBooks.country() : null;
        if (parentLevel == null) {
            run.problem(p.row(), "parent_code", p.parentCode(), byCode.containsKey(p.parentCode())
                    ? "that row has problems of its own" : "no org unit has this code, in the file or in the books");
            return false;
        }
        if (parentCountry != p.country()) {
            run.problem(p.row(), "parent_code", p.parentCode(), "is a " + parentLevel + " in " + parentCountry
                    + ": a " + p.level() + " in " + p.country() + " cannot sit under another country's unit");
            return false;
        }
        if (parentLevel != above) {
            run.problem(p.row(), "parent_code", p.parentCode(), "is a " + parentLevel + ": a " + p.level() + " sits under a " + above);
            return false;
        }
        if (run.scope != null) {
            boolean parentInScope = inFile != null ? inScope.contains(p.parentCode()) : run.inScope(inBooks.id());
            boolean selfInScope = was == null || run.inScope(was.id());
            if (!parentInScope || !selfInScope) {
                run.problem(p.row(), "parent_code", p.parentCode(), "is outside your part of the federation");
                return false;
            }
            inScope.add(p.code());
        }
        return true;
    }

    /** "A → B → A" when following parents from {@code p} through the file comes back to it. */
    private String cycleFrom(Parsed p) {
        List<String> path = new ArrayList<>(List.of(p.code()));
        Parsed at = p;
        for (int hops = 0; at != null && at.parentCode() != null && hops <= byCode.size(); hops++) {
            path.add(at.parentCode());
            if (at.parentCode().equals(p.code())) {
                return String.join(" → ", path);
            }
            at = byCode.get(at.parentCode());
        }
        return null;
    }

    /** The parent's id; -1 while checking a file whose new parent is not written yet. */
    private static Long parentId(Parsed p, ImportRun run) throws SQLException {
        if (p.parentCode() == null) {
            return null;
        }
        ImportRun.Unit parent = run.units(List.of(p.parentCode())).get(p.parentCode());
        return parent == null ? Long.valueOf(-1) : parent.id();
    }

    private static void create(List<Parsed> units, ImportRun run) throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO org_unit (parent_id, level, country, code, name,"
                + " name_local, district, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Parsed p : units) {
                ps.setObject(1, parentId(p, run));
                ps.setString(2, p.level().name());
                ps.setString(3, p.country().name());
                ps.setString(4, p.code());
                ps.setString(5, p.name());
                ps.setString(6, p.nativeName());
                ps.setString(7, p.district());
                ps.setObject(8, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        units.forEach(p -> run.forget(p.code()));
        Map<String, ImportRun.Unit> created = run.units(units.stream().map(Parsed::code).toList());
        if (run.scope != null) {
            created.values().forEach(u -> run.scope.add(u.id()));
        }
        List<Parsed> groups = units.stream().filter(p -> created.get(p.code()).group()).toList();
        if (groups.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO shg_profile (org_unit_id, formation_date,"
                + " meeting_frequency, meeting_day_of_month, meeting_time, meeting_place, time_zone, default_language,"
                + " default_savings_paise) VALUES (?, ?, 'MONTHLY', 1, ?, ?, ?, ?, 0)")) {
            for (Parsed p : groups) {
                ps.setLong(1, created.get(p.code()).id());
                ps.setObject(2, LocalDate.now(ZoneId.of(p.timeZone())));
                ps.setObject(3, LocalTime.of(10, 0));
                ps.setString(4, PLACE_TO_BE_SET);
                ps.setString(5, p.timeZone());
                ps.setString(6, p.country() == Country.PK ? "ur" : "hi");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void update(ImportRun.Unit was, Parsed p, Long parentId, ImportRun run) throws SQLException {
        try (PreparedStatement ps = run.c.prepareStatement(
                "UPDATE org_unit SET name = ?, name_local = ?, district = ?, parent_id = ? WHERE id = ?")) {
            ps.setString(1, p.name());
            ps.setString(2, p.nativeName());
            ps.setString(3, p.district());
            ps.setObject(4, parentId);
            ps.setLong(5, was.id());
            ps.executeUpdate();
        }
        if (was.group()) {
            try (PreparedStatement ps = run.c.prepareStatement("UPDATE shg_profile SET time_zone = ? WHERE org_unit_id = ?")) {
                ps.setString(1, p.timeZone());
                ps.setLong(2, was.id());
                ps.executeUpdate();
            }
        }
    }

    private static Map<String, Object> stored(ImportRun.Unit u, ImportRun run) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        try (PreparedStatement ps = run.c.prepareStatement("SELECT o.name, o.name_local, o.district, o.parent_id, p.time_zone"
                + " FROM org_unit o LEFT JOIN shg_profile p ON p.org_unit_id = o.id WHERE o.id = ?")) {
            ps.setLong(1, u.id());
            try (var rs = ps.executeQuery()) {
                rs.next();
                m.put("code", u.code());
                m.put("name", rs.getString(1));
                m.put("nameLocal", rs.getString(2));
                m.put("district", rs.getString(3));
                m.put("parentId", rs.getObject(4, Long.class));
                if (u.group()) {
                    m.put("timeZone", rs.getString(5));
                }
            }
        }
        return m;
    }

    private static int depth(OrgLevel level) {
        return switch (level) {
            case CLF, LSO -> 0;
            case VO -> 1;
            case SHG, CO -> 2;
        };
    }
}
