package org.sakhiline.books.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import_job rows: one per import, written on their own autocommit connections so the console sees an
 * import's progress while its transaction is still open (and the record of a refused or failed import stays).
 */
@ApplicationScoped
public class ImportJobs {

    static final String CHECKING = "CHECKING";
    static final String WRITING = "WRITING";
    static final String DONE = "DONE";
    static final String REFUSED = "REFUSED";
    static final String FAILED = "FAILED";
    /** Problems kept with the job for the console page (the API answers them all). */
    private static final int KEPT_PROBLEMS = 2000;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public ImportJobs(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** An import as the console shows it. {@code status}: CHECKING, WRITING, DONE, REFUSED or FAILED. */
    public record ImportJobView(long id, String kind, String fileName, String actor, boolean dryRun, String status,
                                long rowsSeen, long created, long updated, long unchanged, long problemCount,
                                List<RowProblem> problems, Instant startedAt, Instant finishedAt) {
        public boolean running() {
            return CHECKING.equals(status) || WRITING.equals(status);
        }
    }

    long start(ImportRequest req) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_job (kind, file_name, actor, dry_run, status, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, req.kind().slug);
            ps.setString(2, req.fileName() == null ? null : req.fileName().length() > 200 ? req.fileName().substring(0, 200) : req.fileName());
            ps.setString(3, req.username());
            ps.setBoolean(4, req.dryRun());
            ps.setString(5, CHECKING);
            ps.setObject(6, LocalDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new ImportSql.Failure(e);
        }
    }

    void progress(long jobId, boolean writing, long rows) {
        update("UPDATE import_job SET status = ?, rows_seen = ? WHERE id = ?", writing ? WRITING : CHECKING, rows, jobId);
    }

    void fail(long jobId) {
        update("UPDATE import_job SET status = ?, finished_at = ? WHERE id = ?", FAILED, LocalDateTime.now(ZoneOffset.UTC), jobId);
    }

    ImportOutcome finish(long jobId, ImportRequest req, ImportRun run, String status, boolean imported) {
        List<RowProblem> kept = run.problems.size() > KEPT_PROBLEMS ? run.problems.subList(0, KEPT_PROBLEMS) : run.problems;
        String problems;
        try {
            problems = kept.isEmpty() ? null : json.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        update("UPDATE import_job SET status = ?, rows_seen = ?, created_count = ?, updated_count = ?, unchanged_count = ?,"
                        + " problem_count = ?, problems_json = ?, finished_at = ? WHERE id = ?", status, run.rows,
                imported || req.dryRun() ? run.created : 0, imported || req.dryRun() ? run.updated : 0,
                imported || req.dryRun() ? run.unchanged : 0, run.problemCount, problems, LocalDateTime.now(ZoneOffset.UTC), jobId);
        boolean refused = run.problemCount > 0;
        return new ImportOutcome(jobId, req.kind().slug, req.fileName(), req.dryRun(), imported, run.rows,
                refused ? 0 : run.created, refused ? 0 : run.updated, refused ? 0 : run.unchanged, run.problemCount,
                List.copyOf(run.problems));
    }

    public Optional<ImportJobView> find(long jobId) {
        List<ImportJobView> rows = query("WHERE id = ?", jobId, 1, true);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The newest imports, of one user when {@code actor} is given (staff see their own). */
    public List<ImportJobView> recent(String actor, int n) {
        return actor == null ? query("WHERE 1 = ?", 1, n, false) : query("WHERE actor = ?", actor, n, false);
    }

    private List<ImportJobView> query(String where, Object param, int limit, boolean withProblems) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, file_name, actor, dry_run, status, rows_seen, created_count, updated_count, unchanged_count,"
                        + " problem_count, " + (withProblems ? "problems_json" : "NULL") + ", started_at, finished_at"
                        + " FROM import_job " + where + " ORDER BY id DESC LIMIT " + limit)) {
            ps.setObject(1, param);
            List<ImportJobView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String problems = rs.getString(12);
                    out.add(new ImportJobView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11), problems == null ? List.of() : json.readValue(problems, new TypeReference<List<RowProblem>>() {}),
                            utc(rs, 13), utc(rs, 14)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new ImportSql.Failure(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ImportSql.Failure(e);
        }
    }
}
