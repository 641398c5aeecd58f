package org.sakhiline.admin.flows;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;

/**
 * The draft of a flow: start it from a version, edit its files in textareas, save (always kept, then
 * checked), preview its screens, publish it when valid, or discard it. Staff may read; only
 * administrators write.
 */
@Path("/admin/flows/{key}/draft")
@Authenticated
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class FlowDraftResource {

    private static final String TEXTS_PREFIX = "texts.";

    @CheckedTemplate(basePath = "admin/flows")
    static class Templates {
        static native TemplateInstance draft(DraftPage page);
    }

    private final FlowDrafts drafts;
    private final FlowHistory history;
    private final FlowPreview previews;
    private final FlowPublishing publishing;
    private final AccessScope scope;
    private final ScreenCounter counter;
    private final ConsoleWords words;

    public FlowDraftResource(FlowDrafts drafts, FlowHistory history, FlowPreview previews, FlowPublishing publishing,
                             AccessScope scope, ScreenCounter counter, ConsoleWords words) {
        this.words = words;
        this.counter = counter;
        this.drafts = drafts;
        this.history = history;
        this.previews = previews;
        this.publishing = publishing;
        this.scope = scope;
    }

    @GET
    public TemplateInstance editor(@RestPath String key, @QueryParam("saved") String saved, @QueryParam("started") String started) {
        String notice = started != null ? "started" : null;
        return Templates.draft(page(key, null, null, saved != null, notice, null, null));
    }

    /** Saves the files exactly as typed (a broken draft is kept too), then shows what is wrong with them. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String key, MultivaluedMap<String, String> form) {
        scope.requireAdmin();
        FlowFiles files = filesFrom(form);
        int revision = intOf(form.getFirst("revision"));
        if (drafts.find(key).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("no draft of " + key);
        }
        FlowDrafts.Saved saved = drafts.save(key, files, revision, scope.username());
        if (saved.saved()) {
            return Response.seeOther(URI.create("/admin/flows/" + key + "/draft?saved=1")).build();
        }
        String error = words.bundle(FlowMessages.class).save_conflict(saved.savedBy());
        return Response.status(Response.Status.CONFLICT).entity(Templates.draft(page(key, files, revision, false, null, error, null)))
                .build();
    }

    /**
     * The live counter: the files as typed (not saved) measured screen by screen. Called by the editor's
     * script a moment after she stops typing; read-only, so staff who may only look get it too.
     */
    @POST
    @Path("/measure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public ScreenCounter.Counts measure(@RestPath String key, MultivaluedMap<String, String> form) {
        if (drafts.find(key).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("no draft of " + key);
        }
        return counter.of(key, filesFrom(form));
    }

    @POST
    @Path("/start")
    public Response start(@RestPath String key, @RestForm long versionId) {
        scope.requireAdmin();
        if (drafts.find(key).isPresent()) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.draft(page(key, null, null, false, null,
                    words.bundle(FlowMessages.class).draft_exists(), null))).build();
        }
        drafts.start(key, versionId, scope.username());
        return Response.seeOther(URI.create("/admin/flows/" + key + "/draft?started=1")).build();
    }

    /**
     * The draft's screens. By default only those that differ from the published version (new screens, or a
     * text that reads differently in some language); {@code all=1} shows every screen.
     */
    @GET
    @Path("/preview")
    public TemplateInstance preview(@RestPath String key, @QueryParam("all") String all) {
        FlowDraft draft = drafts.find(key).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no draft of " + key));
        FlowSources.Checked checked = drafts.check(key, draft.files());
        FlowPreview.Preview preview = checked.definition() == null ? new FlowPreview.Preview(List.of(), checked.problems())
                : previews.of(checked.definition());
        Optional<FlowPreview.Preview> published = history.current(key)
                .map(v -> previews.of(FlowHistory.definition(history.version(key, v.id()))));
        boolean changedOnly = published.isPresent() && !"1".equals(all);
        FlowPreview.Shown shown = published.map(p -> FlowPreview.changes(preview, p, changedOnly))
                .orElseGet(() -> FlowPreview.Shown.everything(preview));
        return FlowsResource.Templates.preview(key, words.bundle(FlowMessages.class).draft_title(key), "/admin/flows/" + key + "/draft", preview, shown,
                "/admin/flows/" + key + "/draft/preview", published.map(p -> history.current(key).get().label()).orElse(null));
    }

    @POST
    @Path("/publish")
    public Response publish(@RestPath String key, @RestForm String note, @RestForm String revision) {
        scope.requireAdmin();
        if (drafts.find(key).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("no draft of " + key);
        }
        FlowPublishing.Result result = publishing.publish(key, note, intOf(revision), scope.username());
        if (result.published()) {
            return Response.seeOther(URI.create("/admin/flows?published=" + key + "+" + result.version().label())).build();
        }
        return Response.status(422).entity(Templates.draft(page(key, null, null, false, null,
                FlowRefusals.say(words.bundle(FlowMessages.class), result.refusal(), result.arg()), note))).build();
    }

    @POST
    @Path("/discard")
    public Response discard(@RestPath String key) {
        scope.requireAdmin();
        if (drafts.find(key).isPresent()) {
            drafts.discard(key, scope.username());
        }
        return Response.seeOther(URI.create("/admin/flows?discarded=" + key)).build();
    }

    /**
     * The editor for the stored draft, or for {@code typed} files that could not be stored (then
     * {@code typedRevision} is the revision she was editing).
     */
    private DraftPage page(String key, FlowFiles typed, Integer typedRevision, boolean justSaved, String notice, String error,
                           String note) {
        Optional<FlowDraft> stored = drafts.find(key);
        List<VersionFacts> versions = history.versions(key);
        VersionFacts current = versions.isEmpty() ? null : versions.get(0);
        if (stored.isEmpty() && typed == null) {
            if (versions.isEmpty()) {
                throw new jakarta.ws.rs.NotFoundException("no flow " + key);
            }
            return new DraftPage(key, false, "", List.of(), 0, List.of(), false, false, notice, error, note, current, null, false,
                    null, null, versions);
        }
        FlowFiles files = typed != null ? typed : stored.get().files();
        int revision = typedRevision != null ? typedRevision : stored.get().revision;
        FlowSources.Checked checked = drafts.check(key, files);
        Long basedOnId = stored.map(d -> d.basedOnVersionId).orElse(null);
        String basedOn = versions.stream().filter(v -> basedOnId != null && v.id() == basedOnId).map(VersionFacts::label)
                .findFirst().orElse(null);
        boolean older = current != null && basedOnId != null && current.id() != basedOnId;
        return new DraftPage(key, true, files.flowYaml(), DraftPage.areas(files), revision,
                ProblemPlaces.of(checked.problems(), files, checked.definition()), true, justSaved, notice, error, note, current, basedOn, older, stored.map(d -> d.updatedBy).orElse(null),
                stored.map(d -> d.updatedAt).orElse(null), versions);
    }

    private static FlowFiles filesFrom(MultivaluedMap<String, String> form) {
        Map<String, String> texts = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(TEXTS_PREFIX) && !values.isEmpty()) {
                texts.put(name.substring(TEXTS_PREFIX.length()), normalise(values.get(0)));
            }
        });
        return new FlowFiles(normalise(form.getFirst("flow")), texts);
    }

    /** Browsers send textarea lines ending in CR LF; the files use LF. */
    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    private static int intOf(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
