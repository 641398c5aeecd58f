package org.sakhiline.books.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.savings.SavingsTxnType;

/**
 * Passbook balances carried over: one OPENING_BALANCE ledger row per member, channel IMPORT, actor
 * {@code import:<username>}, idempotency key {@code import:opening:<memberId>:<asOf>}. The same balance for
 * the same date again changes nothing; a different one, or a second as-of date, is refused with the reason
 * (a posted amount is corrected by a reversal, never by re-importing). A zero balance posts nothing.
 */
final class OpeningBalanceRows implements KindRows {

    static final String NOTE = "Opening balance carried over from the passbook";
    private final Map<Long, Long> seen = new HashMap<>();

    private record Parsed(long row, long memberId, LocalDate asOf, long paise, String key) {}

    private record Opening(LocalDate asOf, long paise) {}

    @Override
    public void chunk(List<SheetRow> rows, SheetHeader header, ImportRun run) throws SQLException {
        Map<String, ImportRun.Unit> groups = GroupMembers.groupsOf(rows, header, run);
        Map<Long, GroupMembers.Found> members = GroupMembers.members(groups.values().stream().map(ImportRun.Unit::id).toList(), run);
        List<RowCells> cellsOf = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (SheetRow r : rows) {
            RowCells cells = new RowCells(r.number(), r.cells(), header, run);
            ImportRun.Unit group = GroupMembers.group(cells, groups, run);
            Integer no = cells.whole("member_no", 1, 999_999);
            LocalDate asOf = cells.date("as_of", null, run.latest);
            Long paise = cells.paise("balance_rupees");
            GroupMembers.Found m = GroupMembers.member(cells, group, no, members);
            if (m != null) {
                Long first = seen.putIfAbsent(m.id(), cells.row);
                if (first != null) {
                    cells.problem("member_no", String.valueOf(no), "her balance is already on row " + first);
                }
            }
            if (cells.ok() && m != null) {
                parsed.add(new Parsed(cells.row, m.id(), asOf, paise, "import:opening:" + m.id() + ":" + asOf));
                cellsOf.add(cells);
            }
        }
        Map<Long, Opening> openings = openings(parsed, run);
        List<Parsed> toPost = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Parsed p = parsed.get(i);
            Opening was = openings.get(p.memberId());
            if (was == null) {
                if (p.paise() == 0) {
                    run.unchanged++;
                } else {
                    run.created++;
                    toPost.add(p);
                }
            } else if (!was.asOf().equals(p.asOf())) {
                cellsOf.get(i).problem("as_of", p.asOf().toString(), "she already has an opening balance of "
                        + GroupMembers.rupees(was.paise()) + " as of " + was.asOf() + ": there is one opening balance per member");
            } else if (was.paise() != p.paise()) {
                cellsOf.get(i).problem("balance_rupees", GroupMembers.rupees(p.paise()), "an opening balance of "
                        + GroupMembers.rupees(was.paise()) + " as of " + was.asOf()
                        + " is already in her books: correct it with a reversal, not a re-import");
            } else {
                run.unchanged++;
            }
        }
        if (run.writing && run.problemCount == 0 && !toPost.isEmpty()) {
            post(toPost, run);
        }
    }

    private static Map<Long, Opening> openings(List<Parsed> parsed, ImportRun run) throws SQLException {
        Map<Long, Opening> out = new HashMap<>();
        for (List<Parsed> part : ImportSql.parts(parsed)) {
            try (PreparedStatement ps = run.c.prepareStatement("SELECT member_id, value_date, amount_paise FROM savings_txn"
                    + " WHERE type = 'OPENING_BALANCE' AND member_id IN (" + ImportSql.marks(part.size()) + ")")) {
                ImportSql.bind(ps, 1, part.stream().map(Parsed::memberId).toList());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Opening(rs.getObject(2, LocalDate.class), rs.getLong(3)));
                    }
                }
            }
        }
        return out;
    }

    /** Posts like SavingsService: balance row locked (created at 0 if absent), ledger row, balance cache updated. */
    private static void post(List<Parsed> rows, ImportRun run) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String ids = ImportSql.marks(rows.size());
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO savings_balance (member_id, balance_paise, last_txn_id,"
                + " updated_at) VALUES (?, 0, NULL, ?) ON DUPLICATE KEY UPDATE member_id = member_id")) {
            for (Parsed p : rows) {
                ps.setLong(1, p.memberId());
                ps.setObject(2, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<Long, Long> balances = new HashMap<>();
        try (PreparedStatement ps = run.c.prepareStatement("SELECT member_id, balance_paise FROM savings_balance WHERE member_id IN ("
                + ids + ") FOR UPDATE")) {
            ImportSql.bind(ps, 1, rows.stream().map(Parsed::memberId).toList());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    balances.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO savings_txn (member_id, type, amount_paise,"
                + " balance_after_paise, channel, actor, value_date, idempotency_key, note, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Parsed p : rows) {
                ps.setLong(1, p.memberId());
                ps.setString(2, SavingsTxnType.OPENING_BALANCE.name());
                ps.setLong(3, p.paise());
                ps.setLong(4, balances.get(p.memberId()) + p.paise());
                ps.setString(5, Channel.IMPORT.name());
                ps.setString(6, run.actor());
                ps.setObject(7, p.asOf());
                ps.setString(8, p.key());
                ps.setString(9, NOTE);
                ps.setObject(10, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = run.c.prepareStatement("UPDATE savings_balance b JOIN savings_txn t ON t.member_id = b.member_id"
                + " SET b.balance_paise = t.balance_after_paise, b.last_txn_id = t.id, b.updated_at = ?"
                + " WHERE t.idempotency_key IN (" + ids + ")")) {
            ps.setObject(1, now);
            ImportSql.bind(ps, 2, rows.stream().map(Parsed::key).toList());
            ps.executeUpdate();
        }
    }
}
