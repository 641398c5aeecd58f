package org.sakhiline.admin.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The lists the dashboard drills into that no other page shows: groups that stopped meeting. */
@Path("/admin/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

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
        BookPageMessages m = BookTexts.m();
        List<QuietRow> rows = found.page().stream().map(g -> new QuietRow(g.id(), g.code(), g.name(),
                g.voCode() == null ? "" : g.voCode(), "MONTHLY".equals(g.frequency()) ? m.dash_meets_monthly() : m.dash_meets_weekly(),
                g.lastHeld() == null ? m.dash_never_held() : m.dash_last_held(BookTexts.date(g.lastHeld())))).toList();
        String intro = m.dash_quiet_intro(config.quietDaysWeekly(), config.quietDaysMonthly(), BookTexts.date(scope.today()),
                LocalTimes.zoneName(scope.zone()));
        String path = "/admin/dashboard/quiet-groups?page=";
        return Templates.quietGroups(new QuietPage(intro, rows, total, p > 0 ? path + (p - 1) : null,
                (long) (p + 1) * QuietGroups.PAGE_SIZE < total ? path + (p + 1) : null));
    }
}
