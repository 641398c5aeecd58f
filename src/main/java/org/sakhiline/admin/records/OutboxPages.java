package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.support.problem.DomainException;

/** SMS and calls waiting, sent, delivered or failed; sending a failed one again. */
@Path("/admin/outbox")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OutboxPages {

    /** Where a retry may send the browser back to: an outbox list link, nothing else. */
    private static final Pattern LIST_LINK = Pattern.compile("/admin/outbox(\\?[A-Za-z0-9=&%._-]*)?");

    @CheckedTemplate(basePath = "admin/outbox")
    static class Templates {
        static native TemplateInstance list(OutboxPage page);

        static native TemplateInstance message(OutboxPage.Detail message);
    }

    private final OutboxRecords records;
    private final ConsoleWords words;

    public OutboxPages(OutboxRecords records, ConsoleWords words) {
        this.records = records;
        this.words = words;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                 @QueryParam("group") String group, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("page") Integer page) {
        return Templates.list(records.list(OutboxFilter.parse(status, channel, group, from, to), Paging.clampPage(page)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance message(@PathParam("id") long id, @QueryParam("retried") String retried) {
        OutboxPage.Detail detail = records.message(id);
        return Templates.message(retried != null && "PENDING".equals(detail.status())
                ? detail.withNotice(words.bundle(RecordMessages.class).out_queued()) : detail);
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id, @FormParam("back") String back) {
        try {
            records.retry(id);
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e))
                    .entity(Templates.message(records.message(id).withError(ConsoleErrors.message(e)))).build();
        }
        String target = back != null && LIST_LINK.matcher(back).matches() ? back : "/admin/outbox/" + id + "?retried=1";
        return Response.seeOther(URI.create(target)).build();
    }
}
