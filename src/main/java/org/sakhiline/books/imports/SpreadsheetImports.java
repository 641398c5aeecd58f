package org.sakhiline.books.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * Imports a federation's sheets, streaming the file in chunks of rows.
 *
 * <p>A dry run reads every row and checks it against the file so far and the books, writing nothing. An
 * import does the same in ONE database transaction (plain JDBC batches on one connection, outside JTA, so no
 * transaction timeout cuts a large file short) and writes each chunk once it is checked; from the first
 * problem on it only checks, and at the end a file with any problem is rolled back whole. So "a file with
 * any problem imports nothing" holds whatever the problem and wherever it is, and a clean file is read once.
 * Memory stays flat: one chunk of rows, plus the keys seen so far (to find duplicates within the file).
 */
@ApplicationScoped
public class SpreadsheetImports {

    private static final Logger LOG = Logger.getLogger(SpreadsheetImports.class);
    static final int CHUNK_ROWS = 1000;

    private final AgroalDataSource dataSource;
    private final AuditLog audit;
    private final ImportJobs jobs;

    public SpreadsheetImports(AgroalDataSource dataSource, AuditLog audit, ImportJobs jobs) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.jobs = jobs;
    }

    /** Starts a job row for a request (the console shows its progress while {@link #run} works). */
    public long start(ImportRequest req) {
        return jobs.start(req);
    }

    public ImportOutcome run(ImportRequest req) {
        return run(req, start(req));
    }

    public ImportOutcome run(ImportRequest req, long jobId) {
        try {
            if (req.dryRun()) {
                return dryRun(req, jobId);
            }
            // A conflict with another writer (deadlock; a certification failure on Galera) rolls the whole file back:
            // it is written again from the start, and its natural keys make rows already there update, not duplicate.
            return RetryOnDeadlock.outsideTransaction("import " + jobId, () -> write(req, jobId));
        } catch (Exception e) {
            jobs.fail(jobId);
            if (e instanceof SQLException || e instanceof ImportSql.Failure) {
                throw new IllegalStateException("import " + jobId + " failed in the database: " + e.getMessage(), e);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("import " + jobId + " failed", e);
        }
    }

    private ImportOutcome dryRun(ImportRequest req, long jobId) throws SQLException {
        ImportRun checked;
        try (Connection c = dataSource.getConnection()) {
            checked = pass(req, jobId, c, false);
        }
        return jobs.finish(jobId, req, checked, checked.problemCount > 0 ? ImportJobs.REFUSED : ImportJobs.DONE, false);
    }

    /** One attempt at writing the file, in one transaction. */
    private ImportOutcome write(ImportRequest req, long jobId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ImportRun written = pass(req, jobId, c, true);
                if (written.problemCount > 0) {
                    c.rollback();
                    return jobs.finish(jobId, req, written, ImportJobs.REFUSED, false);
                }
                audit.recordOn(c, req.username(), AuditEntry.of("import." + req.kind().slug, "import", jobId,
                        req.scope() == null ? null : rootOf(req), summary(req, written), null, counts(req, written)));
                c.commit();
                return jobs.finish(jobId, req, written, ImportJobs.DONE, true);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private ImportRun pass(ImportRequest req, long jobId, Connection c, boolean writing) throws SQLException {
        ImportRun run = new ImportRun(req.kind(), c, writing, req.username(),
                req.scope() == null ? null : new HashSet<>(req.scope()), audit);
        KindRows kind = rowsOf(req.kind());
        List<KindRows.SheetRow> chunk = new ArrayList<>(CHUNK_ROWS);
        SheetHeader[] header = {null};
        long[] headerRow = {0};
        try {
            SheetRows.read(req.file(), (number, cells) -> {
                if (header[0] == null) {
                    header[0] = SheetHeader.of(req.kind(), number, cells, run);
                    headerRow[0] = number;
                    return;
                }
                if (!header[0].missing(req.kind()).isEmpty()
                        || number == headerRow[0] + 1 && header[0].isHintRow(req.kind(), cells)) {
                    return;
                }
                run.rows++;
                chunk.add(new KindRows.SheetRow(number, cells));
                if (chunk.size() == CHUNK_ROWS) {
                    flush(kind, chunk, header[0], run, jobId);
                }
            });
            if (header[0] == null) {
                run.problem(1, null, null, "the file has no header row");
                return run;
            }
            if (!chunk.isEmpty()) {
                flush(kind, chunk, header[0], run, jobId);
            }
            kind.finish(header[0], run);
        } catch (SheetRows.UnreadableSheet e) {
            run.problem(1, null, null, e.getMessage());
        }
        return run;
    }

    private void flush(KindRows kind, List<KindRows.SheetRow> chunk, SheetHeader header, ImportRun run, long jobId) {
        try {
            kind.chunk(chunk, header, run);
        } catch (SQLException e) {
            throw new ImportSql.Failure(e);
        }
        chunk.clear();
        jobs.progress(jobId, run.writing, run.rows);
    }

    static KindRows rowsOf(ImportKind kind) {
        return switch (kind) {
            case ORG_UNITS -> new OrgUnitRows();
            case MEMBERS -> new MemberRows();
            case SAVINGS_BALANCES -> new OpeningBalanceRows();
            case LOANS -> new RunningLoanRows();
        };
    }

    private static Long rootOf(ImportRequest req) {
        return req.scope().isEmpty() ? null : req.scope().iterator().next();   // her root comes first
    }

    private static String summary(ImportRequest req, ImportRun run) {
        return "imported " + req.kind().slug + " from " + (req.fileName() == null ? "a file" : req.fileName()) + ": "
                + run.rows + " rows, " + run.created + " created, " + run.updated + " updated, " + run.unchanged + " unchanged";
    }

    private static Map<String, Object> counts(ImportRequest req, ImportRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", req.kind().slug);
        m.put("fileName", req.fileName());
        m.put("rows", run.rows);
        m.put("created", run.created);
        m.put("updated", run.updated);
        m.put("unchanged", run.unchanged);
        LOG.infof("import by %s: %s", req.username(), summary(req, run));
        return m;
    }
}
