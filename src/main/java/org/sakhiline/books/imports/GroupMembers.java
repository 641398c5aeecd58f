package org.sakhiline.books.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The group and member a row names by {@code shg_code} and {@code member_no}, checked the same way for every kind. */
final class GroupMembers {

    /** A member as balances and loans need her. */
    record Found(long id, long shgId, String status) {}

    private GroupMembers() {}

    /** The row's group, or null after a row problem (unknown code, not a group, outside her part of the tree). */
    static ImportRun.Unit group(RowCells cells, Map<String, ImportRun.Unit> groups, ImportRun run) {
        String code = cells.text("shg_code", true, 32);
        ImportRun.Unit group = code == null ? null : groups.get(code);
        if (code != null && group == null) {
            cells.problem("shg_code", code, "no group has this code in the books (import the org units first)");
        } else if (group != null && !group.group()) {
            cells.problem("shg_code", code, "is a " + group.level() + ", not a group (SHG or CO)");
            return null;
        } else if (group != null && !run.inScope(group.id())) {
            cells.problem("shg_code", code, "is outside your part of the federation");
            return null;
        }
        return group;
    }

    static Map<String, ImportRun.Unit> groupsOf(List<KindRows.SheetRow> rows, SheetHeader header, ImportRun run) throws SQLException {
        return run.units(rows.stream().map(r -> header.cell(r.cells(), "shg_code")).filter(c -> !c.isEmpty()).toList());
    }

    /** The members of these groups by {@link MemberRows#key}. */
    static Map<Long, Found> members(Collection<Long> shgIds, ImportRun run) throws SQLException {
        Map<Long, Found> out = new HashMap<>();
        for (List<Long> part : ImportSql.parts(new HashSet<>(shgIds))) {
            try (PreparedStatement ps = run.c.prepareStatement("SELECT id, shg_id, member_no, status FROM member WHERE shg_id IN ("
                    + ImportSql.marks(part.size()) + ")")) {
                ImportSql.bind(ps, 1, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(MemberRows.key(rs.getLong(2), rs.getInt(3)), new Found(rs.getLong(1), rs.getLong(2), rs.getString(4)));
                    }
                }
            }
        }
        return out;
    }

    /** The member a row names, or null after a row problem (unknown number, exited: nothing is posted to her). */
    static Found member(RowCells cells, ImportRun.Unit group, Integer no, Map<Long, Found> members) {
        if (group == null || no == null) {
            return null;
        }
        Found m = members.get(MemberRows.key(group.id(), no));
        if (m == null) {
            cells.problem("member_no", String.valueOf(no), "no member has this number in group " + group.code());
        } else if (!"ACTIVE".equals(m.status())) {
            cells.problem("member_no", String.valueOf(no), "she is " + m.status() + ": nothing can be posted to her");
            return null;
        }
        return m;
    }

    static String rupees(long paise) {
        return "Rs " + paise / 100 + (paise % 100 == 0 ? "" : String.format(".%02d", paise % 100));
    }
}
