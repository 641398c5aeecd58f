package org.sakhiline.admin.flows;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.store.FlowVersionRecord;

/**
 * Menu flows in the console: the list of flows and versions, a version's files, the screen preview, a
 * diff of any two versions (or a version and the draft), the zip export and rollback. Everyone signed in
 * may look; only administrators change what members hear.
 */
@Path("/admin/flows")
@Authenticated
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class FlowsResource {

    /** One file of a flow for display; {@code lang} is null for flow.yaml. */
    public record FileView(String path, String content, String lang) {
        public String id() {
            return path.replace('/', '-').replace(".yaml", "");
        }
    }

    /** A version (or the draft) to pick in the diff form. */
    public record Choice(String value, String label) {}

    @CheckedTemplate(basePath = "admin/flows")
    static class Templates {
        static native TemplateInstance list(List<FlowHistory.FlowSummary> flows, String published, boolean discarded,
                                            String error, List<FlowProblem> problems);

        static native TemplateInstance version(String key, VersionFacts version, boolean current, List<FileView> files);

        static native TemplateInstance preview(String key, String title, String back, FlowPreview.Preview preview,
                                               FlowPreview.Shown shown, String self, String comparedWith);

        static native TemplateInstance rollback(String key, VersionFacts target, VersionFacts current, String refusal,
                                                String note, int maxNote);

        static native TemplateInstance diff(String key, String from, String to, String fromLabel, String toLabel,
                                            List<Choice> choices, List<FlowDiff.FileDiff> files);
    }

    private final FlowHistory history;
    private final FlowDrafts drafts;
    private final FlowPreview previews;
    private final FlowPublishing publishing;
    private final AccessScope scope;
    private final ConsoleWords words;

    public FlowsResource(FlowHistory history, FlowDrafts drafts, FlowPreview previews, FlowPublishing publishing,
                         AccessScope scope, ConsoleWords words) {
        this.words = words;
        this.history = history;
        this.drafts = drafts;
        this.previews = previews;
        this.publishing = publishing;
        this.scope = scope;
    }

    @GET
    public TemplateInstance list(@QueryParam("published") String published, @QueryParam("discarded") String discarded) {
        return Templates.list(history.all(), published, published == null && discarded != null, null, List.of());
    }

    @GET
    @Path("/{key}/versions/{id}")
    public TemplateInstance version(@RestPath String key, @RestPath long id) {
        FlowVersionRecord r = history.version(key, id);
        FlowFiles files = FlowYamlWriter.write(FlowHistory.definition(r));
        List<FileView> views = new ArrayList<>();
        views.add(new FileView(FlowFiles.FLOW_FILE, files.flowYaml(), null));
        files.texts().forEach((lang, yaml) -> views.add(new FileView(FlowFiles.textFile(lang), yaml, lang)));
        boolean current = history.current(key).map(v -> v.id() == r.id).orElse(false);
        return Templates.version(key, VersionFacts.of(r), current, views);
    }

    @GET
    @Path("/{key}/versions/{id}/preview")
    public TemplateInstance versionPreview(@RestPath String key, @RestPath long id) {
        FlowVersionRecord r = history.version(key, id);
        FlowPreview.Preview preview = previews.of(FlowHistory.definition(r));
        return Templates.preview(key, key + " v" + r.versionNo, "/admin/flows/" + key + "/versions/" + id, preview,
                FlowPreview.Shown.everything(preview), null, null);
    }

    /** The version's files as a zip laid out like the repository, ready to commit. */
    @GET
    @Path("/{key}/versions/{id}/export")
    @Produces("application/zip")
    public Response export(@RestPath String key, @RestPath long id) {
        FlowVersionRecord r = history.version(key, id);
        byte[] zip = FlowZip.zip(key, FlowYamlWriter.write(FlowHistory.definition(r)));
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + key + "-v" + r.versionNo + ".zip\"").build();
    }

    /** {@code from} and {@code to}: version ids, or "draft"; by default the previous version against the current. */
    @GET
    @Path("/{key}/diff")
    public TemplateInstance diff(@RestPath String key, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<VersionFacts> versions = history.versions(key);
        List<Choice> choices = new ArrayList<>();
        boolean hasDraft = drafts.find(key).isPresent();
        if (hasDraft) {
            choices.add(new Choice("draft", "draft"));
        }
        versions.forEach(v -> choices.add(new Choice(Long.toString(v.id()), v.label() + " · " + v.author())));
        if (versions.isEmpty() && !hasDraft) {
            throw new jakarta.ws.rs.NotFoundException("no flow " + key);
        }
        String toValue = present(to) ? to : hasDraft ? "draft" : Long.toString(versions.get(0).id());
        // By default: what the draft changes against the current version, or what the current one changed.
        int fromIndex = "draft".equals(toValue) ? 0 : 1;
        String fromValue = present(from) ? from : versions.size() > fromIndex ? Long.toString(versions.get(fromIndex).id()) : toValue;
        return Templates.diff(key, fromValue, toValue, label(key, fromValue), label(key, toValue), choices,
                FlowDiff.between(files(key, fromValue), files(key, toValue)));
    }

    /** Asks before a rollback: what becomes current, what it replaces, and a note saying why (required). */
    @GET
    @Path("/{key}/versions/{id}/rollback")
    public TemplateInstance confirmRollback(@RestPath String key, @RestPath long id) {
        scope.requireAdmin();
        return rollbackPage(key, id, null, null);
    }

    /**
     * Makes an earlier version current again as a new version ("rollback to vN: note"); history stays as it
     * was. Only from the confirmation page: {@code confirm} must name the version and the note is required.
     */
    @POST
    @Path("/{key}/versions/{id}/rollback")
    public Response rollback(@RestPath String key, @RestPath long id, @RestForm String confirm, @RestForm String note) {
        scope.requireAdmin();
        FlowVersionRecord target = history.version(key, id);
        String why = !("v" + target.versionNo).equals(confirm) ? FlowRefusals.UNCONFIRMED : FlowPublishing.rollbackNoteProblem(note);
        if (why != null) {
            return Response.status(422).entity(rollbackPage(key, id, why, note)).build();
        }
        FlowPublishing.Result result = publishing.rollback(key, id, scope.username(), note);
        if (result.published()) {
            return Response.seeOther(URI.create("/admin/flows?published=" + key + "+" + result.version().label())).build();
        }
        return Response.status(Response.Status.CONFLICT)
                .entity(Templates.list(history.all(), null, false,
                        FlowRefusals.say(words.bundle(FlowMessages.class), result.refusal(), result.arg()), result.problems())).build();
    }

    private TemplateInstance rollbackPage(String key, long id, String refusal, String note) {
        VersionFacts target = VersionFacts.of(history.version(key, id));
        VersionFacts current = history.current(key).orElse(null);
        return Templates.rollback(key, target, current, refusal, note, FlowPublishing.MAX_ROLLBACK_NOTE);
    }

    private FlowFiles files(String key, String which) {
        if ("draft".equals(which)) {
            return drafts.find(key).map(FlowDraft::files).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no draft"));
        }
        return FlowYamlWriter.write(FlowHistory.definition(history.version(key, parseId(which))));
    }

    private String label(String key, String which) {
        return "draft".equals(which) ? "draft" : "v" + history.version(key, parseId(which)).versionNo;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static long parseId(String which) {
        try {
            return Long.parseLong(which);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException("no version " + which);
        }
    }
}
