package org.sakhiline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.sakhiline.books.pins.PinHasher;
import org.sakhiline.demo.DemoDataGenerator.Settings;

/**
 * Loads a small demo data set into a scratch database of its own (the test database's name plus
 * "_gen", on the same server: no other test's rows are touched) and checks it with SQL against the
 * ledger's rules.
 */
class DemoDataLoadTest {

    static final LocalDate ANCHOR = LocalDate.of(2025, 6, 2);
    static final Settings SETTINGS = new Settings(11, 260, ANCHOR);
    static final String USER = "sakhiline";
    static final String PASSWORD = "sakhiline";
    static final PinHasher pinHasher = new PinHasher("test-only-pepper-not-secret");

    static String serverUrl;
    static String database;
    static MariaDbDataSource dataSource;
    static DemoDataWriter.Result loaded;

    @BeforeAll
    static void loadIntoScratchDatabase() throws Exception {
        String testUrl = System.getenv().getOrDefault("SAKHILINE_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/sakhiline_test");
        String withoutParams = testUrl.split("\\?")[0];
        int slash = withoutParams.lastIndexOf('/');
        serverUrl = withoutParams.substring(0, slash + 1);
        database = withoutParams.substring(slash + 1) + "_gen";
        try (Connection c = DriverManager.getConnection(serverUrl, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new MariaDbDataSource(serverUrl + database);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        loaded = freshLoad();
    }

    @AfterAll
    static void dropScratchDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    static DemoDataWriter.Result freshLoad() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        return DemoDataWriter.write(dataSource, SETTINGS, 1000, pinHasher::hash);
    }

    static long count(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String string(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }

    /** SHA-256 over every column the generator writes, table by table, in key order. */
    static String databaseDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (DemoTable t : DemoTable.values()) {
                String order = t == DemoTable.MEETING_ATTENDANCE ? "meeting_id, member_id" : t.columns.get(0);
                try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", t.columns) + " FROM " + t.tableName + " ORDER BY " + order)) {
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(t.tableName);
                        for (int i = 1; i <= t.columns.size(); i++) {
                            line.append('\u001f').append(rs.getString(i));
                        }
                        digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void loadingTheSameSeedTwiceGivesTheSameRows() throws Exception {
        String first = databaseDigest();
        DemoDataWriter.Result again = freshLoad();
        assertEquals(first, databaseDigest());
        assertEquals(loaded.rows(), again.rows());
    }

    @Test
    void writesWhatItReportsWithAllLanguagesAndFederations() throws SQLException {
        assertEquals(260, count("SELECT COUNT(*) FROM member"));
        assertEquals(loaded.rows().get(DemoTable.SAVINGS_TXN), count("SELECT COUNT(*) FROM savings_txn"));
        assertTrue(count("SELECT COUNT(*) FROM shg_profile") >= 20);
        assertEquals(7, count("SELECT COUNT(DISTINCT language) FROM member"));
        assertEquals(2, count("SELECT COUNT(*) FROM org_unit WHERE parent_id IS NULL"));
        assertEquals(4, count("SELECT COUNT(DISTINCT fund_source) FROM loan"));
        assertTrue(count("SELECT COUNT(*) FROM (SELECT phone_e164 FROM member_phone GROUP BY phone_e164 HAVING COUNT(DISTINCT member_id) = 2) x") >= 1);
        assertEquals("सुनीता देवी", string("SELECT m.name_native FROM member m JOIN member_phone p ON p.member_id = m.id WHERE p.phone_e164 = ?", "+919900000002"));
        assertEquals("ماروي ملاح", string("SELECT m.name_native FROM member m JOIN member_phone p ON p.member_id = m.id WHERE p.phone_e164 = ?", "+923450000003"));
    }

    @Test
    void everyBalanceIsTheSumOfItsLogAndTheRunningBalancesAreRight() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM member m LEFT JOIN savings_balance b ON b.member_id = m.id WHERE b.member_id IS NULL"));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM savings_balance b
                LEFT JOIN (SELECT member_id, SUM(amount_paise) s, MAX(id) last_id FROM savings_txn GROUP BY member_id) t ON t.member_id = b.member_id
                WHERE b.balance_paise <> COALESCE(t.s, 0) OR NOT (b.last_txn_id <=> t.last_id)"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM (SELECT balance_after_paise,
                    SUM(amount_paise) OVER (PARTITION BY member_id ORDER BY id) AS running FROM savings_txn) x
                WHERE running <> balance_after_paise"""));
        assertEquals(0, count("SELECT COUNT(*) FROM savings_txn WHERE balance_after_paise < 0"));
        assertTrue(count("SELECT COUNT(*) FROM savings_txn WHERE type = 'WITHDRAWAL'") > 0);
    }

    @Test
    void reversalsNegateTheOriginalOfTheSameMember() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM savings_txn WHERE type = 'REVERSAL'") >= 1);
        assertEquals(0, count("""
                SELECT COUNT(*) FROM savings_txn r JOIN savings_txn o ON o.id = r.reverses_txn_id
                WHERE r.type <> 'REVERSAL' OR r.amount_paise <> -o.amount_paise OR r.member_id <> o.member_id OR r.id < o.id"""));
    }

    @Test
    void instalmentPaidCachesEqualTheirAllocationsAndAllocationFollowsTheRules() throws SQLException {
        assertEquals(0, count("""
                SELECT COUNT(*) FROM loan_instalment i
                LEFT JOIN (SELECT instalment_id, SUM(charge_paise) c, SUM(principal_paise) p FROM loan_allocation GROUP BY instalment_id) a
                  ON a.instalment_id = i.id
                WHERE i.charge_paid_paise <> COALESCE(a.c, 0) OR i.principal_paid_paise <> COALESCE(a.p, 0)"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM loan_repayment r
                LEFT JOIN (SELECT repayment_id, SUM(charge_paise + principal_paise) s FROM loan_allocation GROUP BY repayment_id) a
                  ON a.repayment_id = r.id
                WHERE r.amount_paise <> COALESCE(a.s, 0)"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM loan_allocation a JOIN loan_repayment r ON r.id = a.repayment_id
                JOIN loan_instalment i ON i.id = a.instalment_id WHERE r.loan_id <> i.loan_id"""));
        // Charge before principal within an instalment; nothing paid on one while an older one is open.
        assertEquals(0, count("""
                SELECT COUNT(*) FROM loan_instalment i
                WHERE (i.principal_paid_paise > 0 AND i.charge_paid_paise < i.charge_due_paise)
                   OR (i.principal_paid_paise + i.charge_paid_paise > 0 AND EXISTS (
                        SELECT 1 FROM loan_instalment e WHERE e.loan_id = i.loan_id AND e.seq < i.seq
                          AND e.principal_paid_paise + e.charge_paid_paise < e.principal_due_paise + e.charge_due_paise))"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM loan l
                JOIN (SELECT loan_id, SUM(principal_due_paise) p, COUNT(*) n,
                             SUM(principal_due_paise + charge_due_paise - principal_paid_paise - charge_paid_paise) unpaid
                      FROM loan_instalment GROUP BY loan_id) i ON i.loan_id = l.id
                WHERE i.p <> l.principal_paise OR i.n <> l.instalment_count OR (l.status = 'CLOSED') <> (i.unpaid = 0)"""));
        assertTrue(count("SELECT COUNT(*) FROM loan WHERE status = 'CLOSED'") > 0);
    }

    @Test
    void someLoansAreOverdueOnTheAnchorDate() throws SQLException {
        long overdue = count("""
                SELECT COUNT(DISTINCT i.loan_id) FROM loan_instalment i JOIN loan l ON l.id = i.loan_id
                WHERE DATE_ADD(i.due_date, INTERVAL l.grace_days DAY) < ?
                  AND i.principal_paid_paise + i.charge_paid_paise < i.principal_due_paise + i.charge_due_paise""", ANCHOR);
        assertTrue(overdue >= 3, "overdue loans: " + overdue);
    }

    @Test
    void theFixedDemoMembersHaveTheLoansTheReadmePromises() throws SQLException {
        for (DemoPeople.FixedMember f : DemoPeople.MEMBERS) {
            String member = "SELECT m.id FROM member m JOIN member_phone p ON p.member_id = m.id WHERE p.phone_e164 = ? AND m.name = ?";
            long loans = count("SELECT COUNT(*) FROM loan WHERE member_id = (" + member + ")", f.phone(), f.name());
            long overdue = count("""
                    SELECT COUNT(*) FROM loan_instalment i JOIN loan l ON l.id = i.loan_id
                    WHERE l.member_id = (%s) AND DATE_ADD(i.due_date, INTERVAL l.grace_days DAY) < ?
                      AND i.principal_paid_paise + i.charge_paid_paise < i.principal_due_paise + i.charge_due_paise""".formatted(member),
                    f.phone(), f.name(), ANCHOR);
            switch (f.loan()) {
                case NONE -> assertEquals(0, loans, f.name());
                case ON_TIME -> {
                    assertEquals(1, loans, f.name());
                    assertEquals(0, overdue, f.name());
                    assertEquals("ACTIVE", string("SELECT status FROM loan WHERE member_id = (" + member + ")", f.phone(), f.name()));
                }
                case LATE -> assertEquals(1, loans, f.name());
                case OVERDUE -> assertTrue(overdue >= 2, f.name() + " overdue instalments: " + overdue);
            }
            if (loans == 1) {
                assertEquals(f.fundSource(), string("SELECT fund_source FROM loan WHERE member_id = (" + member + ")", f.phone(), f.name()));
            }
        }
    }

    @Test
    void demoPinsVerifyWithTheServicesPinHasher() throws SQLException {
        String hash = string("SELECT m.pin_hash FROM member m JOIN member_phone p ON p.member_id = m.id WHERE p.phone_e164 = ?", "+919900000002");
        assertTrue(pinHasher.matches("1234", hash));
        assertFalse(pinHasher.matches("1235", hash));
        assertTrue(pinHasher.matches("4321", string("SELECT pin_hash FROM staff WHERE phone_e164 = ?", "+919900000101")));
    }

    @Test
    void refusesToLoadIntoALedgerThatAlreadyHasOrgUnits() throws SQLException {
        long txns = count("SELECT COUNT(*) FROM savings_txn");
        assertThrows(IllegalStateException.class, () -> DemoDataWriter.write(dataSource, SETTINGS, 1000, pinHasher::hash));
        assertEquals(txns, count("SELECT COUNT(*) FROM savings_txn"));
    }
}
