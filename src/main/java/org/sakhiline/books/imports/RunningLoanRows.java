package org.sakhiline.books.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanScheduleCalculator;

/**
 * Running loans from a sheet, keyed by {@code loan_ref}: each becomes a loan whose schedule runs from the
 * as-of date ({@link CarriedOverLoan}), with the sheet's own values kept in loan_import. A re-import with
 * the same values changes nothing; with other values it rewrites the loan's schedule in place (audited)
 * while nothing has been repaid on it, and is refused once something has. A loan with nothing outstanding
 * is not carried over.
 */
final class RunningLoanRows implements KindRows {

    private static final Map<String, FundSource> SOURCES = Map.of("SHG", FundSource.SHG_OWN, "OWN", FundSource.SHG_OWN,
            "RF", FundSource.REVOLVING_FUND, "REVOLVING", FundSource.REVOLVING_FUND,
            "COMMUNITY_INVESTMENT_FUND", FundSource.CIF);
    private static final Map<String, ChargeMethod> METHODS = Map.of("REDUCING", ChargeMethod.DECLINING,
            "REDUCING_BALANCE", ChargeMethod.DECLINING, "DECLINING_BALANCE", ChargeMethod.DECLINING, "FLAT_RATE", ChargeMethod.FLAT);
    private static final Map<String, LoanFrequency> FREQUENCIES = Map.of("WEEK", LoanFrequency.WEEKLY,
            "FORTNIGHT", LoanFrequency.FORTNIGHTLY, "BIWEEKLY", LoanFrequency.FORTNIGHTLY, "MONTH", LoanFrequency.MONTHLY);

    private final Map<String, Long> seen = new HashMap<>();

    private record Parsed(RowCells cells, String ref, long memberId, long shgId, Map<String, Object> sheet,
                          LoanScheduleCalculator.Terms terms, FundSource source) {}

    private record Stored(long loanId, long memberId, long repayments, Map<String, Object> sheet) {}

    @Override
    public void chunk(List<SheetRow> rows, SheetHeader header, ImportRun run) throws SQLException {
        Map<String, ImportRun.Unit> groups = GroupMembers.groupsOf(rows, header, run);
        Map<Long, GroupMembers.Found> members = GroupMembers.members(groups.values().stream().map(ImportRun.Unit::id).toList(), run);
        List<Parsed> parsed = new ArrayList<>();
        for (SheetRow r : rows) {
            Parsed p = parse(new RowCells(r.number(), r.cells(), header, run), groups, members, run);
            if (p != null) {
                parsed.add(p);
            }
        }
        Map<String, Stored> stored = stored(parsed, run);
        List<Parsed> toCreate = new ArrayList<>();
        for (Parsed p : parsed) {
            Stored was = stored.get(p.ref());
            long outstanding = (Long) p.sheet().get("outstandingPaise");
            if (was == null) {
                if (outstanding == 0) {
                    run.unchanged++;   // nothing left to pay: nothing to carry over
                } else {
                    run.created++;
                    toCreate.add(p);
                }
            } else if (was.sheet().equals(p.sheet())) {
                run.unchanged++;
            } else if (was.memberId() != p.memberId()) {
                p.cells().problem("loan_ref", p.ref(), "is another member's loan in the books");
            } else if (was.repayments() > 0 || outstanding == 0) {
                p.cells().problem("loan_ref", p.ref(), was.repayments() > 0
                        ? "has repayments since it was imported: correct it with a reversal, not a re-import"
                        : "is in the books with " + GroupMembers.rupees((Long) was.sheet().get("outstandingPaise")) + " outstanding");
            } else {
                run.updated++;
                if (run.writing && run.problemCount == 0) {
                    rewrite(was, p, run);
                }
            }
        }
        if (run.writing && run.problemCount == 0 && !toCreate.isEmpty()) {
            create(toCreate, run);
        }
    }

    private Parsed parse(RowCells cells, Map<String, ImportRun.Unit> groups, Map<Long, GroupMembers.Found> members, ImportRun run) {
        ImportRun.Unit group = GroupMembers.group(cells, groups, run);
        Integer no = cells.whole("member_no", 1, 999_999);
        String ref = cells.text("loan_ref", true, 40);
        FundSource source = cells.choice("source", FundSource.class, null, SOURCES);
        Long principal = cells.paise("principal_rupees");
        ChargeMethod method = cells.choice("charge_method", ChargeMethod.class, null, METHODS);
        Integer rateBp = null;
        String rate = cells.raw("annual_rate_percent");
        try {
            rateBp = rate.isEmpty() ? null : ImportValues.percentToBasisPoints(rate);
            if (rate.isEmpty()) {
                cells.problem("annual_rate_percent", rate, "is required");
            } else if (rateBp > 10_000) {
                cells.problem("annual_rate_percent", rate, "must be at most 100");
            }
        } catch (ImportValues.BadValue e) {
            cells.problem("annual_rate_percent", rate, e.getMessage());
        }
        LoanFrequency frequency = cells.choice("frequency", LoanFrequency.class, null, FREQUENCIES);
        Integer instalments = cells.whole("instalments", 1, 520);
        LocalDate disbursed = cells.date("disbursed_on", null, run.latest);
        Long outstanding = cells.paise("outstanding_principal_rupees");
        LocalDate asOf = cells.date("as_of", null, run.latest);
        if (principal != null && principal == 0) {
            cells.problem("principal_rupees", cells.raw("principal_rupees"), "must be more than 0");
        }
        if (principal != null && outstanding != null && outstanding > principal) {
            cells.problem("outstanding_principal_rupees", cells.raw("outstanding_principal_rupees"), "is more than the principal");
        }
        if (disbursed != null && asOf != null && asOf.isBefore(disbursed)) {
            cells.problem("as_of", asOf.toString(), "is before the loan was disbursed (" + disbursed + ")");
        }
        if (ref != null) {
            Long first = seen.putIfAbsent(ref, cells.row);
            if (first != null) {
                cells.problem("loan_ref", ref, "is already on row " + first);
            }
        }
        GroupMembers.Found m = GroupMembers.member(cells, group, no, members);
        if (!cells.ok() || m == null) {
            return null;
        }
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("fundSource", source.name());
        sheet.put("principalPaise", principal);
        sheet.put("chargeMethod", method.name());
        sheet.put("annualRateBp", rateBp);
        sheet.put("frequency", frequency.name());
        sheet.put("instalments", instalments);
        sheet.put("disbursedOn", disbursed.toString());
        sheet.put("outstandingPaise", outstanding);
        sheet.put("asOf", asOf.toString());
        LoanScheduleCalculator.Terms terms = outstanding == 0 ? null
                : CarriedOverLoan.terms(method, rateBp, frequency, instalments, disbursed, outstanding, asOf);
        return new Parsed(cells, ref, m.id(), m.shgId(), sheet, terms, source);
    }

    private static Map<String, Stored> stored(List<Parsed> parsed, ImportRun run) throws SQLException {
        Map<String, Stored> out = new HashMap<>();
        for (List<Parsed> part : ImportSql.parts(parsed)) {
            try (PreparedStatement ps = run.c.prepareStatement("SELECT i.loan_ref, i.loan_id, i.member_id, l.fund_source,"
                    + " i.principal_paise, l.charge_method, l.rate_bp, l.frequency, i.instalment_count, l.disbursal_date,"
                    + " i.outstanding_paise, i.as_of, (SELECT COUNT(*) FROM loan_repayment r WHERE r.loan_id = i.loan_id)"
                    + " FROM loan_import i JOIN loan l ON l.id = i.loan_id WHERE i.loan_ref IN (" + ImportSql.marks(part.size()) + ")")) {
                ImportSql.bind(ps, 1, part.stream().map(Parsed::ref).toList());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> sheet = new LinkedHashMap<>();
                        sheet.put("fundSource", rs.getString(4));
                        sheet.put("principalPaise", rs.getLong(5));
                        sheet.put("chargeMethod", rs.getString(6));
                        sheet.put("annualRateBp", rs.getInt(7));
                        sheet.put("frequency", rs.getString(8));
                        sheet.put("instalments", rs.getInt(9));
                        sheet.put("disbursedOn", rs.getObject(10, LocalDate.class).toString());
                        sheet.put("outstandingPaise", rs.getLong(11));
                        sheet.put("asOf", rs.getObject(12, LocalDate.class).toString());
                        out.put(rs.getString(1), new Stored(rs.getLong(2), rs.getLong(3), rs.getLong(13), sheet));
                    }
                }
            }
        }
        return out;
    }

    private static void create(List<Parsed> loans, ImportRun run) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO loan (member_id, fund_source, principal_paise,"
                + " charge_method, rate_bp, rate_period, frequency, instalment_count, disbursal_date, first_due_date, grace_days,"
                + " status, channel, actor, idempotency_key, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'ACTIVE', 'IMPORT', ?, ?, ?)")) {
            for (Parsed p : loans) {
                bindLoan(ps, p);
                ps.setString(11, run.actor());
                ps.setString(12, key(p.ref()));
                ps.setObject(13, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = run.c.prepareStatement("SELECT idempotency_key, id FROM loan WHERE idempotency_key IN ("
                + ImportSql.marks(loans.size()) + ")")) {
            ImportSql.bind(ps, 1, loans.stream().map(p -> key(p.ref())).toList());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO loan_instalment (loan_id, seq, due_date,"
                + " principal_due_paise, charge_due_paise) VALUES (?, ?, ?, ?, ?)")) {
            for (Parsed p : loans) {
                addInstalments(ps, ids.get(key(p.ref())), p);
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO loan_import (loan_id, loan_ref, member_id, principal_paise,"
                + " instalment_count, outstanding_paise, as_of) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Parsed p : loans) {
                ps.setLong(1, ids.get(key(p.ref())));
                ps.setString(2, p.ref());
                ps.setLong(3, p.memberId());
                bindSheet(ps, 4, p);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void rewrite(Stored was, Parsed p, ImportRun run) throws SQLException {
        try (PreparedStatement ps = run.c.prepareStatement("UPDATE loan SET member_id = ?, fund_source = ?, principal_paise = ?,"
                + " charge_method = ?, rate_bp = ?, rate_period = ?, frequency = ?, instalment_count = ?, disbursal_date = ?,"
                + " first_due_date = ? WHERE id = ?")) {
            bindLoan(ps, p);
            ps.setLong(11, was.loanId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = run.c.prepareStatement("DELETE FROM loan_instalment WHERE loan_id = ?")) {
            ps.setLong(1, was.loanId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = run.c.prepareStatement("INSERT INTO loan_instalment (loan_id, seq, due_date,"
                + " principal_due_paise, charge_due_paise) VALUES (?, ?, ?, ?, ?)")) {
            addInstalments(ps, was.loanId(), p);
            ps.executeBatch();
        }
        try (PreparedStatement ps = run.c.prepareStatement("UPDATE loan_import SET principal_paise = ?, instalment_count = ?,"
                + " outstanding_paise = ?, as_of = ? WHERE loan_id = ?")) {
            bindSheet(ps, 1, p);
            ps.setLong(5, was.loanId());
            ps.executeUpdate();
        }
        run.audit(AuditEntry.of("loan.import", "loan", was.loanId(), p.shgId(), "re-imported loan " + p.ref(), was.sheet(), p.sheet()));
    }

    private static void bindLoan(PreparedStatement ps, Parsed p) throws SQLException {
        LoanScheduleCalculator.Terms t = p.terms();
        ps.setLong(1, p.memberId());
        ps.setString(2, p.source().name());
        ps.setLong(3, t.principalPaise());
        ps.setString(4, t.chargeMethod().name());
        ps.setInt(5, t.rateBp());
        ps.setString(6, t.ratePeriod().name());
        ps.setString(7, t.frequency().name());
        ps.setInt(8, t.instalmentCount());
        ps.setObject(9, LocalDate.parse((String) p.sheet().get("disbursedOn")));
        ps.setObject(10, t.firstDueDate());
    }

    private static void bindSheet(PreparedStatement ps, int first, Parsed p) throws SQLException {
        ps.setLong(first, (Long) p.sheet().get("principalPaise"));
        ps.setInt(first + 1, (Integer) p.sheet().get("instalments"));
        ps.setLong(first + 2, (Long) p.sheet().get("outstandingPaise"));
        ps.setObject(first + 3, LocalDate.parse((String) p.sheet().get("asOf")));
    }

    private static void addInstalments(PreparedStatement ps, long loanId, Parsed p) throws SQLException {
        for (LoanScheduleCalculator.Line line : CarriedOverLoan.schedule(p.terms())) {
            ps.setLong(1, loanId);
            ps.setInt(2, line.seq());
            ps.setObject(3, line.dueDate());
            ps.setLong(4, line.principalPaise());
            ps.setLong(5, line.chargePaise());
            ps.addBatch();
        }
    }

    private static String key(String ref) {
        return "import:loan:" + ref;
    }
}
