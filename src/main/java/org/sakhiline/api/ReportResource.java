package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.access.ReportRequests;
import org.sakhiline.reports.export.ReportTable;
import org.sakhiline.reports.export.ReportTables;
import org.sakhiline.reports.export.TableFiles;
import org.sakhiline.reports.dcb.DemandCollectionBalance;
import org.sakhiline.reports.grading.GradeCard;
import org.sakhiline.reports.grading.PanchasutraGrading;
import org.sakhiline.reports.par.ParLoan;
import org.sakhiline.reports.par.PortfolioAtRisk;
import org.sakhiline.reports.ratios.GroupRatios;
import org.sakhiline.reports.rollup.ReportRollup;
import org.sakhiline.reports.rollup.RollupConsistency;
import org.sakhiline.reports.rollup.RollupJob;

/**
 * Reports over the reader's part of the federation. {@code unit} picks the root (a federation, VO or group;
 * default: her whole scope) and the answer has one line per unit directly below it (members under a group).
 * {@code format=csv} or {@code format=xlsx} answers the same report as a file. Definitions travel with every
 * report ({@code definitions}).
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "DCB, portfolio at risk, savings-group ratios and Panchasutra grading, with drill-down")
public class ReportResource {

    static final String UNIT = "Root org unit: a federation, VO or group (default: everything the reader may see)";
    static final String FORMAT = "json (default), csv or xlsx";

    @Inject
    AccessScope scope;
    @Inject
    ReportRequests requests;
    @Inject
    PortfolioAtRisk par;
    @Inject
    DemandCollectionBalance dcb;
    @Inject
    GroupRatios ratios;
    @Inject
    PanchasutraGrading grading;
    @Inject
    RollupJob rollupJob;
    @Inject
    RollupConsistency consistency;

    @GET
    @Path("/par")
    @Operation(summary = "Portfolio at risk (PAR30/60/90 amount and share) per line and fund source on a date (default today)")
    public Response par(@Parameter(description = UNIT) @QueryParam("unit") Long unit, @QueryParam("asOf") String asOf,
                        @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Long root = requests.root(unit);
        var report = par.report(root, requests.day(asOf, "asOf", root));
        return answer(format, report, () -> ReportTables.par(report), "par");
    }

    @GET
    @Path("/par/loans")
    @Operation(summary = "Loans more than minDays days overdue on a date (default 30), most overdue first")
    public List<ParLoan> parLoans(@Parameter(description = UNIT) @QueryParam("unit") Long unit, @QueryParam("asOf") String asOf,
                                  @QueryParam("minDays") Integer minDays) {
        Long root = requests.root(unit);
        return par.loansAtRisk(root, requests.day(asOf, "asOf", root), minDays == null ? 30 : minDays);
    }

    @GET
    @Path("/dcb")
    @Operation(summary = "Demand, collection and balance per line and fund source for a month (month=2026-11) or from/to")
    public Response dcb(@Parameter(description = UNIT) @QueryParam("unit") Long unit, @QueryParam("month") String month,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Long root = requests.root(unit);
        ReportRequests.Period p = requests.period(month, from, to, root);
        var report = dcb.period(root, p.from(), p.to());
        return answer(format, report, () -> ReportTables.dcb(report), "dcb");
    }

    @GET
    @Path("/ratios")
    @Operation(summary = "Savings-group ratios per line for a month (month=2026-11) or from/to")
    public Response ratios(@Parameter(description = UNIT) @QueryParam("unit") Long unit, @QueryParam("month") String month,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Long root = requests.root(unit);
        ReportRequests.Period p = requests.period(month, from, to, root);
        var report = ratios.report(root, p.from(), p.to(), requests.today(root));
        return answer(format, report, () -> ReportTables.ratios(report), "ratios");
    }

    @GET
    @Path("/grading")
    @Operation(summary = "The current Panchasutra grade of every group under the unit, with scores and reasons")
    public Response gradingReport(@Parameter(description = UNIT) @QueryParam("unit") Long unit,
                                  @Parameter(description = FORMAT) @QueryParam("format") String format) {
        var report = grading.current(requests.root(unit));
        return answer(format, report, () -> ReportTables.grading(report), "grading");
    }

    @GET
    @Path("/grading/{shgId}/history")
    @Operation(summary = "A group's grade history, newest first")
    public List<GradeCard> gradeHistory(@PathParam("shgId") long shgId) {
        scope.requireUnit(shgId);
        return grading.history(shgId);
    }

    @POST
    @Path("/grading/{shgId}")
    @Operation(summary = "Grade a group now from its books (kept in its history; sets its current grade)")
    public GradeCard regrade(@PathParam("shgId") long shgId, @QueryParam("asOf") String asOf) {
        scope.requireUnit(shgId);
        return grading.regrade(shgId, requests.day(asOf, "asOf", shgId), "console:" + scope.username());
    }

    @POST
    @Path("/rollups/rebuild")
    @Operation(summary = "Rebuild the report roll-ups now (administrators; 409 while another rebuild runs)")
    public ReportRollup.Run rebuild() {
        scope.requireAdmin();
        return rollupJob.rebuild(requests.today(null)).orElseThrow(() -> new org.sakhiline.support.problem.ConflictException(
                "ROLLUP_RUNNING", "a roll-up is running; try again in a few minutes"));
    }

    @GET
    @Path("/consistency")
    @Operation(summary = "Compare every roll-up row with a recomputation from the ledger (administrators)")
    public RollupConsistency.Check consistency() {
        scope.requireAdmin();
        return consistency.check();
    }

    private static Response answer(String format, Object report, java.util.function.Supplier<ReportTable> table, String name) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return switch (format) {
            case "csv" -> file(TableFiles.csv(table.get()), TableFiles.CSV, name + ".csv");
            case "xlsx" -> file(TableFiles.xlsx(table.get()), TableFiles.XLSX, name + ".xlsx");
            default -> throw new org.sakhiline.support.problem.InvalidInputException("format", "must be json, csv or xlsx");
        };
    }

    static Response file(byte[] body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
