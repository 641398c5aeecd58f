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
import org.sakhiline.access.AccessScope;
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
        static native TemplateInstance imports(List<ImportKind> kinds, List<ImportJobs.ImportJobView> recent, String error);

        static native TemplateInstance job(ImportJobs.ImportJobView job);
    }

    private final SpreadsheetImports imports;
    private final ImportJobs jobs;
    private final AccessScope scope;
    private final ManagedExecutor executor;

    public ImportPages(SpreadsheetImports imports, ImportJobs jobs, AccessScope scope, ManagedExecutor executor) {
        this.imports = imports;
        this.jobs = jobs;
        this.scope = scope;
        this.executor = executor;
    }

    @GET
    public TemplateInstance page() {
        return page(null);
    }

    private TemplateInstance page(String error) {
        return Templates.imports(Arrays.asList(ImportKind.values()), jobs.recent(scope.isAdmin() ? null : scope.username(), 20), error);
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
            return Response.status(400).entity(page(kind == null ? "Choose what the file holds." : "Choose a file to upload.")).build();
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
        return Templates.job(job);
    }
}
