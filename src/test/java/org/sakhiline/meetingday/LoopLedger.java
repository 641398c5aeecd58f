package org.sakhiline.meetingday;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a sheet left in the database, read with plain SQL (not through the code under test). */
@ApplicationScoped
public class LoopLedger {

    /** One receipt in the outbox. */
    public record Receipt(String recipient, String language, String body, String status) {}

    @Inject
    AgroalDataSource dataSource;

    /** Ledger rows (savings, repayments, fines: every table with a sheet_id but the sheet's own) naming the sheet. */
    public int postedForSheet(long sheetId) {
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND column_name = 'sheet_id' AND table_name NOT LIKE 'meeting_sheet%'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            int rows = 0;
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM `" + table + "` WHERE sheet_id = ?")) {
                    ps.setLong(1, sheetId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        rows += rs.getInt(1);
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Her role in the group changes (roles rotate in an SHG); set directly, as the test's arrangement. */
    public void setRole(long memberId, String role) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE member SET role = ? WHERE id = ?")) {
            ps.setString(1, role);
            ps.setLong(2, memberId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sheet's receipts by member id (dedupe key {@code sheet-receipt:<sheetId>:<memberId>}). */
    public Map<Long, Receipt> receipts(long sheetId) {
        String prefix = "sheet-receipt:" + sheetId + ":";
        Map<Long, Receipt> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT dedupe_key, recipient, language, body, status FROM outbox_message"
                     + " WHERE dedupe_key LIKE ? ORDER BY id")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long member = Long.parseLong(rs.getString(1).substring(prefix.length()));
                    if (out.put(member, new Receipt(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))) != null) {
                        throw new AssertionError("two receipts for member " + member + " of sheet " + sheetId);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
