package org.sakhiline.books.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.support.PhoneNumbers;
import org.sakhiline.support.i18n.Languages;

/**
 * Members from a sheet, keyed by SHG code and member number. Phones ({@code ;} between them) are read in
 * the group's country and stored in E.164; a re-import updates name, language, role, status and phones in
 * place (audited before/after) and leaves an identical member untouched.
 */
final class MemberRows implements KindRows {

    private static final int MAX_PHONES = 5;
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("english", "en", "hindi", "hi", "assamese", "as",
            "bengali", "bn", "bangla", "bn", "meitei", "mni", "manipuri", "mni", "urdu", "ur", "sindhi", "sd");

    /** Member keys seen in the file so far (SHG id and number) with their row, to name a duplicate's first row. */
    private final Map<Long, Long> seen = new HashMap<>();

    record Parsed(long row, long shgId, int memberNo, Map<String, Object> values, List<String> phones) {}

    private record Stored(long id, Map<String, Object> values) {}

    @Override
    public void chunk(List<SheetRow> rows, SheetHeader header, ImportRun run) throws SQLException {
        Map<String, ImportRun.Unit> groups = GroupMembers.groupsOf(rows, header, run);
        List<Parsed> parsed = new ArrayList<>(rows.size());
        for (SheetRow r : rows) {
            Parsed p = parse(new RowCells(r.number(), r.cells(), header, run), groups, run);
            if (p != null) {
                parsed.add(p);
            }
        }
        Map<Long, Stored> stored = stored(parsed, run);
        List<Parsed> toCreate = new ArrayList<>();
        for (Parsed p : parsed) {
            Stored was = stored.get(key(p.shgId(), p.memberNo()));
            if (was == null) {
                run.created++;
                toCreate.add(p);
            } else if (was.values().equals(p.values())) {
                run.unchanged++;
            } else {
                run.updated++;
                if (run.writing && run.problemCount == 0) {
                    update(was, p, run);
                }
            }
        }
        if (run.writing && run.problemCount == 0 && !toCreate.isEmpty()) {
            create(toCreate, run);
        }
    }

    private Parsed parse(RowCells cells, Map<String, ImportRun.Unit> groups, ImportRun run) {
        ImportRun.Unit group = GroupMembers.group(cells, groups, run);
        String code = group == null ? null : group.code();
        Integer no = cells.whole("member_no", 1, 999_999);
        String name = cells.text("name", true, 120);
        String nativeName = cells.text("native_name", false, 200);
        String language = cells.text("language", false, 10);
        String base = null;
        boolean roman = false;
        if (language != null) {
            String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
            roman = tag.endsWith("-latn");
            base = roman ? tag.substring(0, tag.length() - "-latn".length()) : tag;
            base = LANGUAGE_NAMES.getOrDefault(base, base);
            if (!base.matches(Languages.BASE_CODES)) {
                cells.problem("language", language, "must be one of en, hi, as, bn, mni, ur, sd (add -Latn for Roman script, e.g. hi-Latn)");
            }
        }
        MemberRole role = cells.choice("role", MemberRole.class, MemberRole.MEMBER, Map.of());
        MemberStatus status = cells.choice("status", MemberStatus.class, MemberStatus.ACTIVE, Map.of());
        LocalDate joined = cells.date("joined_on", run.latest.minusDays(1), run.latest);
        List<String> phones = new ArrayList<>();
        String typedPhones = cells.raw("phones");
        if (group != null && !typedPhones.isEmpty()) {
            for (String typed : typedPhones.split(";")) {
                if (typed.isBlank()) {
                    continue;
                }
                PhoneNumbers.Reading phone = PhoneNumbers.read(typed, group.country().name());
                if (!phone.valid()) {
                    cells.problem("phones", typed.strip(), phone.refusal());
                } else if (!phones.contains(phone.e164())) {
                    phones.add(phone.e164());
                }
            }
            if (phones.size() > MAX_PHONES) {
                cells.problem("phones", typedPhones, "has more than " + MAX_PHONES + " numbers");
            }
        }
        if (group != null && no != null) {
            Long first = seen.putIfAbsent(key(group.id(), no), cells.row);
            if (first != null) {
                cells.problem("member_no", String.valueOf(no), "is already on row " + first + " for group " + code);
            }
        }
        if (!cells.ok() || group == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("nameNative", nativeName);
        values.put("language", base != null ? base : group.country().name().equals("PK") ? "ur" : "hi");
        values.put("script", (roman ? ScriptVariant.ROMAN : ScriptVariant.NATIVE).name());
        values.put("role", role.name());
        values.put("joinedOn", joined.toString());
        values.put("status", status.name());
        values.put("phones", List.copyOf(new TreeSet<>(phones)));
        return new Parsed(cells.row, group.id(), no, values, phones);
    }

    private static Map<Long, Stored> stored(List<Parsed> parsed, ImportRun run) throws SQLException {
        Set<Long> groups = new HashSet<>();
        parsed.forEach(p -> groups.add(p.shgId()));
        Map<Long, Stored> out = new HashMap<>();
        Map<Long, List<String>> phones = new HashMap<>();
        for (List<Long> part : ImportSql.parts(groups)) {
            try (PreparedStatement ps = run.c.prepareStatement("SELECT m.id, m.shg_id, m.member_no, m.name, m.name_native,"
                    + " m.language, m.script, m.role, m.joined_on, m.status, p.phone_e164 FROM member m"
                    + " LEFT JOIN member_phone p ON p.member_id = m.id WHERE m.shg_id IN (" + ImportSql.marks(part.size()) + ")")) {
                ImportSql.bind(ps, 1, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        long key = key(rs.getLong(2), rs.getInt(3));
                        if (!out.containsKey(key)) {
                            Map<String, Object> v = new LinkedHashMap<>();
                            v.put("name", rs.getString(4));
                            v.put("nameNative", rs.getString(5));
                            v.put("language", rs.getString(6));
                            v.put("script", rs.getString(7));
                            v.put("role", rs.getString(8));
                            v.put("joinedOn", rs.getObject(9, LocalDate.class).toString());
                            v.put("status", rs.getString(10));
                            out.put(key, new Stored(id, v));
                            phones.put(id, new ArrayList<>());
                        }
                        if (rs.getString(11) != null) {
                            phones.get(id).add(rs.getString(11));
                        }
                    }
                }
            }
        }
        out.values().forEach(s -> s.values().put("phones", List.copyOf(new TreeSet<>(phones.get(s.id())))));
        return out;
    }

    private static void create(List<Parsed> created, ImportRun run) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO member (shg_id, member_no, name, name_native, language,"
                + " script, role, status, joined_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Parsed p : created) {
                Map<String, Object> v = p.values();
                ps.setLong(1, p.shgId());
                ps.setInt(2, p.memberNo());
                ps.setString(3, (String) v.get("name"));
                ps.setString(4, (String) v.get("nameNative"));
                ps.setString(5, (String) v.get("language"));
                ps.setString(6, (String) v.get("script"));
                ps.setString(7, (String) v.get("role"));
                ps.setString(8, (String) v.get("status"));
                ps.setObject(9, LocalDate.parse((String) v.get("joinedOn")));
                ps.setObject(10, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<Long, GroupMembers.Found> ids = GroupMembers.members(created.stream().map(Parsed::shgId).toList(), run);
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO member_phone (member_id, phone_e164) VALUES (?, ?)")) {
            int n = 0;
            for (Parsed p : created) {
                long memberId = ids.get(key(p.shgId(), p.memberNo())).id();
                for (String phone : p.phones()) {
                    ps.setLong(1, memberId);
                    ps.setString(2, phone);
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void update(Stored was, Parsed p, ImportRun run) throws SQLException {
        Map<String, Object> v = p.values();
        try (PreparedStatement ps = run.c.prepareStatement("UPDATE member SET name = ?, name_native = ?, language = ?,"
                + " script = ?, role = ?, joined_on = ?, status = ? WHERE id = ?")) {
            ps.setString(1, (String) v.get("name"));
            ps.setString(2, (String) v.get("nameNative"));
            ps.setString(3, (String) v.get("language"));
            ps.setString(4, (String) v.get("script"));
            ps.setString(5, (String) v.get("role"));
            ps.setObject(6, LocalDate.parse((String) v.get("joinedOn")));
            ps.setString(7, (String) v.get("status"));
            ps.setLong(8, was.id());
            ps.executeUpdate();
        }
        List<String> before = (List<String>) was.values().get("phones");
        for (String gone : before) {
            if (!p.phones().contains(gone)) {
                try (PreparedStatement ps = run.c.prepareStatement("DELETE FROM member_phone WHERE member_id = ? AND phone_e164 = ?")) {
                    ps.setLong(1, was.id());
                    ps.setString(2, gone);
                    ps.executeUpdate();
                }
            }
        }
        for (String added : p.phones()) {
            if (!before.contains(added)) {
                try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO member_phone (member_id, phone_e164) VALUES (?, ?)")) {
                    ps.setLong(1, was.id());
                    ps.setString(2, added);
                    ps.executeUpdate();
                }
            }
        }
        run.audit(AuditEntry.of("member.import", "member", was.id(), p.shgId(), "re-imported member " + p.memberNo(),
                was.values(), v));
    }

    static long key(long shgId, int memberNo) {
        return shgId * 1_000_000L + memberNo;
    }
}
