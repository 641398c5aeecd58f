package org.sakhiline.messaging;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Binds and reads TIMESTAMP columns in UTC, the same convention Hibernate uses here
 * ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}), so plain-SQL and entity code agree.
 */
final class UtcTimestamps {

    private UtcTimestamps() {}

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static void set(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value), utc());
        }
    }

    static Instant get(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, utc());
        return t == null ? null : t.toInstant();
    }
}
