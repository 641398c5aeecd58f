package org.sakhiline.admin.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.access.AccessScope;
import org.sakhiline.access.ReportRequests;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.reports.ReportUnit;
import org.sakhiline.reports.dcb.DemandCollectionBalance;
import org.sakhiline.reports.export.ReportTable;
import org.sakhiline.reports.export.ReportTables;
import org.sakhiline.reports.export.TableFiles;
import org.sakhiline.reports.grading.PanchasutraGrading;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.par.PortfolioAtRisk;
import org.sakhiline.reports.ratios.GroupRatios;

/**
 * Report pages: DCB, loans at risk, group health figures and grades for the reader's part of the federation,
 * each with drill-down links one level at a time, CSV/XLSX downloads and the definitions. A unit outside
 * her scope is refused like any other record.
 */
@Path("/admin/reports")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate(basePath = "admin/reports")
    static class Templates {
        static native TemplateInstance index(String root, String query);

        static native TemplateInstance report(ReportView view);
    }

    private final ReportRequests requests;
    private final AccessScope scope;
    private final PortfolioAtRisk par;
    private final DemandCollectionBalance dcb;
    private final GroupRatios ratios;
    private final PanchasutraGrading grading;

    public ReportPages(ReportRequests requests, AccessScope scope, PortfolioAtRisk par, DemandCollectionBalance dcb,
                       GroupRatios ratios, PanchasutraGrading grading) {
        this.requests = requests;
        this.scope = scope;
        this.par = par;
        this.dcb = dcb;
        this.ratios = ratios;
        this.grading = grading;
    }

    @GET
    public TemplateInstance index(@QueryParam("unit") Long unit) {
        Long root = requests.root(unit);
        ReportUnit r = grading.root(root);
        return Templates.index(ReportWords.unitLabel(r), ReportViews.unitQuery(r));
    }

    @GET
    @Path("/par")
    public TemplateInstance par(@QueryParam("unit") Long unit, @QueryParam("asOf") String asOf) {
        Long root = requests.root(unit);
        ParReport report = par.report(root, requests.day(asOf, "asOf", root));
        ReportView view = ReportViews.par(report);
        if (!report.root().isWhole() && !"CLF".equals(report.root().level()) && !"LSO".equals(report.root().level())) {
            List<ReportView.Table> tables = new ArrayList<>(view.tables());
            tables.add(ReportViews.loansAtRisk(par.loansAtRisk(root, report.asOf(), 30), report.root()));
            view = new ReportView(view.title(), view.subtitle(), view.path(), view.unitId(), view.unitQuery(), view.upLink(),
                    view.fields(), view.csvLink(), view.xlsxLink(), tables, view.actions(), view.definitions(), view.computedAt());
        }
        return Templates.report(view);
    }

    @GET
    @Path("/dcb")
    public TemplateInstance dcb(@QueryParam("unit") Long unit, @QueryParam("month") String month, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        Long root = requests.root(unit);
        ReportRequests.Period p = requests.period(month, from, to, root);
        return Templates.report(ReportViews.dcb(dcb.period(root, p.from(), p.to())));
    }

    @GET
    @Path("/ratios")
    public TemplateInstance ratios(@QueryParam("unit") Long unit, @QueryParam("month") String month,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        Long root = requests.root(unit);
        ReportRequests.Period p = requests.period(month, from, to, root);
        return Templates.report(ReportViews.ratios(ratios.report(root, p.from(), p.to(), requests.today(root))));
    }

    @GET
    @Path("/grading")
    public TemplateInstance grading(@QueryParam("unit") Long unit) {
        return Templates.report(ReportViews.grading(grading.current(requests.root(unit))));
    }

    @GET
    @Path("/grading/{shgId}")
    public TemplateInstance history(@PathParam("shgId") long shgId) {
        scope.requireUnit(shgId);
        return Templates.report(ReportViews.history(shgId, grading.history(shgId), grading.root(shgId),
                PanchasutraGrading.DEFINITIONS));
    }

    @POST
    @Path("/grading/{shgId}")
    public Response regrade(@PathParam("shgId") long shgId) {
        scope.requireUnit(shgId);
        grading.regrade(shgId, requests.today(shgId), "console:" + scope.username());
        return Response.seeOther(URI.create("/admin/reports/grading/" + shgId)).build();
    }

    /** The report on the page as a file: {@code format} csv or xlsx, the same parameters as the page. */
    @GET
    @Path("/{report: par|dcb|ratios|grading}/export")
    public Response export(@PathParam("report") String report, @QueryParam("format") String format, @QueryParam("unit") Long unit,
                           @QueryParam("asOf") String asOf, @QueryParam("month") String month, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Long root = requests.root(unit);
        ReportTable table = switch (report) {
            case "par" -> ReportTables.par(par.report(root, requests.day(asOf, "asOf", root)));
            case "dcb" -> {
                ReportRequests.Period p = requests.period(month, from, to, root);
                yield ReportTables.dcb(dcb.period(root, p.from(), p.to()));
            }
            case "ratios" -> {
                ReportRequests.Period p = requests.period(month, from, to, root);
                yield ReportTables.ratios(ratios.report(root, p.from(), p.to(), requests.today(root)));
            }
            default -> ReportTables.grading(grading.current(root));
        };
        TableFiles.Download d = TableFiles.download(table, "xlsx".equals(format) ? "xlsx" : "csv", report);
        return Response.ok(d.body(), d.mediaType()).header("Content-Disposition", d.disposition()).build();
    }
}
