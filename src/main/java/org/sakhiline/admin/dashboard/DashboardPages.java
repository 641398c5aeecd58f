package org.sakhiline.admin.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The lists the dashboard drills into that no other page shows: groups that stopped meeting. */
@Path("/admin/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @CheckedTemplate(basePath = "admin/dashboard")
    static class Templates {
        static native TemplateInstance quietGroups(QuietPage page);
    }

    /** A group on the page, in words. */
    public record QuietRow(long id, String code, String name, String voCode, String schedule, String lastHeld) {}

    /** The neighbours' links are built here: this package stays clear of the records pages (admin.web uses it). */
    public record QuietPage(String intro, List<QuietRow> rows, long total, String previousUrl, String nextUrl) {}

    private final Dashboard dashboard;
    private final QuietGroups quiet;
    private final DashboardConfig config;

    public DashboardPages(Dashboard dashboard, QuietGroups quiet, DashboardConfig config) {
        this.dashboard = dashboard;
        this.quiet = quiet;
        this.config = config;
    }

    @GET
    @Path("/quiet-groups")
    public TemplateInstance quietGroups(@QueryParam("page") Integer page) {
        int p = page == null || page < 0 ? 0 : Math.min(page, 100_000);
        DashboardScope scope = dashboard.scope();
        QuietGroups.QuietList found = quiet.list(scope, p);
        long total = found.total();
        List<QuietRow> rows = found.page().stream().map(g -> new QuietRow(g.id(), g.code(), g.name(),
                g.voCode() == null ? "" : g.voCode(), "MONTHLY".equals(g.frequency()) ? "meets monthly" : "meets weekly",
                g.lastHeld() == null ? "no meeting held yet" : "last meeting held " + DATE.format(g.lastHeld()))).toList();
        String intro = "Groups with no meeting marked held in the last " + config.quietDaysWeekly() + " days ("
                + config.quietDaysMonthly() + " days for groups that meet monthly), as of " + DATE.format(scope.today()) + " "
                + LocalTimes.zoneName(scope.zone()) + ". Groups formed since then are not listed.";
        String path = "/admin/dashboard/quiet-groups?page=";
        return Templates.quietGroups(new QuietPage(intro, rows, total, p > 0 ? path + (p - 1) : null,
                (long) (p + 1) * QuietGroups.PAGE_SIZE < total ? path + (p + 1) : null));
    }
}
