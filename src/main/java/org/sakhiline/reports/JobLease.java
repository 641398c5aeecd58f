package org.sakhiline.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Once-across-instances for scheduled report jobs: a row per job in {@code report_job_lease}, taken by an
 * UPDATE that matches only while the lease has run out (or is already ours), on its own autocommit
 * connection. On Galera two nodes taking it at once both match locally, and certification lets one commit
 * and fails the other (error 1213), which counts as "not taken". The database's clock decides expiry, so
 * instances need not agree on the time.
 */
@ApplicationScoped
public class JobLease {

    private final DataSource dataSource;
    private final String holder = "instance:" + UUID.randomUUID();

    public JobLease(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this instance now holds {@code job} for {@code length}. */
    public boolean take(String job, Duration length) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE report_job_lease SET holder = ?, lease_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND"
                        + " WHERE name = ? AND (lease_until < UTC_TIMESTAMP(6) OR holder = ?)")) {
            c.setAutoCommit(true);
            ps.setString(1, holder);
            ps.setLong(2, Math.max(1, length.toSeconds()));
            ps.setString(3, job);
            ps.setString(4, holder);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1213 || e.getErrorCode() == 1205) {
                return false;   // another node took it at the same moment (Galera certification) or holds the row
            }
            throw new IllegalStateException("could not take the " + job + " lease", e);
        }
    }

    public void release(String job) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE report_job_lease SET lease_until = UTC_TIMESTAMP(6) WHERE name = ? AND holder = ?")) {
            c.setAutoCommit(true);
            ps.setString(1, job);
            ps.setString(2, holder);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release the " + job + " lease", e);
        }
    }

    public String holder() {
        return holder;
    }
}
