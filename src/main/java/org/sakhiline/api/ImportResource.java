package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.imports.ImportKind;
import org.sakhiline.books.imports.ImportOutcome;
import org.sakhiline.books.imports.ImportRequest;
import org.sakhiline.books.imports.RowProblem;
import org.sakhiline.books.imports.SpreadsheetImports;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.support.problem.Problem;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "A federation's sheets: org units, members, savings balances, running loans (CSV or XLSX)")
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    @Inject
    SpreadsheetImports imports;

    @Inject
    AccessScope scope;

    /** Every row problem at once; nothing was written. */
    public record ImportRefusal(String type, String title, int status, String detail, ImportOutcome result,
                                List<RowProblem> problems) {}

    @POST
    @Path("/{kind}")
    @Consumes({"text/csv", "text/plain", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Check (dryRun=true) or import a sheet; any row problem imports nothing and lists them all")
    public Response importFile(@PathParam("kind") String kindSlug, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               @QueryParam("fileName") String fileName, @HeaderParam("Content-Disposition") String disposition,
                               File body) {
        ImportKind kind = ImportKind.bySlug(kindSlug).orElseThrow(() -> new NotFoundException("import kind", kindSlug));
        List<Long> subtree = scope.subtreeUnitIds();
        ImportRequest req = new ImportRequest(kind, fileName != null ? fileName : nameIn(disposition), body.toPath(),
                scope.username(), subtree == null ? null : new LinkedHashSet<>(subtree), dryRun);
        ImportOutcome outcome = imports.run(req);
        if (outcome.problemCount() == 0) {
            return Response.ok(outcome, MediaType.APPLICATION_JSON).build();
        }
        ImportRefusal refusal = new ImportRefusal("https://sakhiline.org/problems/import-rows", "The file has problems", 422,
                outcome.problemCount() + " problem(s) in the file; nothing was imported", outcome, outcome.problems());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(refusal).build();
    }

    private static String nameIn(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = FILE_NAME.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }
}
