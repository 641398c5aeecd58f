package org.sakhiline.admin.imports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import java.time.ZoneId;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.dashboard.BookPageMessages;
import org.sakhiline.admin.dashboard.BookTexts;
import org.sakhiline.admin.dashboard.ReaderZone;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.books.imports.ImportJobs;
import org.sakhiline.books.imports.ImportKind;
import org.sakhiline.books.imports.ImportRequest;
import org.sakhiline.books.imports.SpreadsheetImports;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The console's Import page: templates to download, an upload that checks or imports a file, and the
 * import's own page, which refreshes itself while the import runs (it runs in the background: a large file
 * takes longer than a browser should wait) and then shows the summary or the table of row problems.
 */
@Path("/admin/imports")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    private static final Logger LOG = Logger.getLogger(ImportPages.class);

    @CheckedTemplate(basePath = "admin/imports")
    static class Templates {
        static native TemplateInstance imports(List<KindRow> kinds, List<ImportRow> recent, String error);

        static native TemplateInstance job(ImportRow job);
    }

    /** A kind of file: its slug (the template's file name and the form value), its name in words and its columns. */
    public record KindRow(String slug, String name, List<String> columns) {}

    private final SpreadsheetImports imports;
    private final ImportJobs jobs;
    private final AccessScope scope;
    private final ManagedExecutor executor;
    private final ReaderZone zone;

    public ImportPages(SpreadsheetImports imports, ImportJobs jobs, AccessScope scope, ManagedExecutor executor, ReaderZone zone) {
        this.imports = imports;
        this.jobs = jobs;
        this.scope = scope;
        this.executor = executor;
        this.zone = zone;
    }

    @GET
    public TemplateInstance page() {
        return page(null);
    }

    private TemplateInstance page(String error) {
        ZoneId z = zone.zone();
        return Templates.imports(Arrays.stream(ImportKind.values()).map(k -> new KindRow(k.slug, kindName(k.slug), k.columns)).toList(),
                jobs.recent(scope.isAdmin() ? null : scope.username(), 20).stream().map(j -> row(j, z)).toList(), error);
    }

    /** A template: the English header line, then the Hindi hints line the import skips. UTF-8 with BOM for Excel. */
    @GET
    @Path("/templates/{kind}.csv")
    @Produces("text/csv")
    public Response template(@PathParam("kind") String slug) {
        ImportKind kind = ImportKind.bySlug(slug).orElseThrow(() -> new NotFoundException("import kind", slug));
        String csv = "\uFEFF" + String.join(",", kind.columns) + "\r\n" + String.join(",", kind.hints) + "\r\n";
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".csv\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("kind") String slug, @RestForm("file") FileUpload file, @RestForm("check") String check) {
        ImportKind kind = ImportKind.bySlug(slug == null ? "" : slug).orElse(null);
        if (kind == null || file == null || file.size() == 0) {
            return Response.status(400).entity(page(kind == null ? BookTexts.m().imp_err_kind() : BookTexts.m().imp_err_file())).build();
        }
        java.nio.file.Path copy;
        try {   // the upload's own temporary file goes with the request; the import outlives it
            copy = Files.createTempFile("sakhiline-import-", ".upload");
            Files.copy(file.uploadedFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Long> subtree = scope.subtreeUnitIds();
        ImportRequest req = new ImportRequest(kind, file.fileName(), copy, scope.username(),
                subtree == null ? null : new LinkedHashSet<>(subtree), check != null);
        long jobId = imports.start(req);
        executor.runAsync(() -> {
            try {
                imports.run(req, jobId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "import %d failed", jobId);
            } finally {
                copy.toFile().delete();
            }
        });
        return Response.seeOther(URI.create("/admin/imports/jobs/" + jobId)).build();
    }

    @GET
    @Path("/jobs/{id}")
    public TemplateInstance job(@PathParam("id") long id) {
        ImportJobs.ImportJobView job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        if (!scope.isAdmin() && !job.actor().equals(scope.username())) {
            throw new ForbiddenException("another user's import");
        }
        return Templates.job(row(job, zone.zone()));
    }

    private static ImportRow row(ImportJobs.ImportJobView j, ZoneId zone) {
        BookPageMessages m = BookTexts.m();
        String status = switch (j.status()) {
            case "CHECKING" -> m.imp_status_checking();
            case "WRITING" -> m.imp_status_writing();
            case "DONE" -> m.imp_status_done();
            case "REFUSED" -> m.imp_status_refused();
            default -> m.imp_status_failed();
        };
        return new ImportRow(j.id(), BookTexts.time(j.startedAt(), zone), BookTexts.consoleUser(j.actor()), j.fileName() == null ? kindName(j.kind()) : j.fileName(),
                kindName(j.kind()), status, j.status(), j.dryRun(), j.running(), j.rowsSeen(), j.created(), j.updated(),
                j.unchanged(), j.problemCount(), j.problems());
    }

    /** What a file of this kind holds, in words; the slug never shows. */
    static String kindName(String slug) {
        BookPageMessages m = BookTexts.m();
        return switch (slug == null ? "" : slug) {
            case "org-units" -> m.imp_kind_org_units();
            case "members" -> m.imp_kind_members();
            case "savings-balances" -> m.imp_kind_savings_balances();
            case "loans" -> m.imp_kind_loans();
            default -> m.imp_kind_other();
        };
    }
}
