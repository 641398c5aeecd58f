package org.sakhiline.admin.flows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.testing.ConsoleAuth;

/**
 * Test support for console flow pages: posting the draft editor's form as a browser would, reading hidden
 * fields, and putting the main flow back as it was so other test classes keep their wording.
 */
@ApplicationScoped
public class ConsoleFlows {

    @Inject
    FlowStore store;

    @Inject
    FlowDrafts drafts;

    /** The value of a hidden (or any) input on a page. */
    public static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no field " + name + " on the page");
        }
        return m.group(1);
    }

    /** The draft editor's form with every file. */
    public static RequestSpecification draftForm(ConsoleAuth.Session session, String csrf, int revision, FlowFiles files) {
        RequestSpecification req = session.given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf).formParam("revision", revision).formParam("flow", files.flowYaml());
        files.texts().forEach((lang, yaml) -> req.formParam("texts." + lang, yaml));
        return req;
    }

    public static int revision(Response editor) {
        return Integer.parseInt(field(editor.asString(), "revision"));
    }

    /** Forgets any draft of main and remembers main's content to put back later. */
    public FlowDefinition begin() {
        drafts.find("main").ifPresent(d -> drafts.discard("main", "test"));
        return store.current("main").definition();
    }

    /** Makes {@code original} current again (as a new version) when a test left something else, and drops drafts. */
    public void restore(FlowDefinition original) {
        drafts.find("main").ifPresent(d -> drafts.discard("main", "test"));
        FlowVersion now = store.current("main");
        if (!FlowLoader.hash(now.definition()).equals(FlowLoader.hash(original))) {
            QuarkusTransaction.requiringNew().run(() -> store.append(original, "test", "restore after test"));
            store.forget("main");
        }
    }

    /** The current main flow's files with one text of one language replaced. */
    public FlowFiles mainWith(String lang, String key, String text) {
        FlowFiles files = FlowYamlWriter.write(store.current("main").definition());
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>(files.texts());
        String yaml = texts.get(lang);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ": .*$").matcher(yaml);
        if (!m.find()) {
            throw new AssertionError("no text " + key + " in " + lang);
        }
        texts.put(lang, m.replaceFirst(Matcher.quoteReplacement(key + ": " + FlowYamlWriter.quoted(text))));
        return new FlowFiles(files.flowYaml(), texts);
    }
}
