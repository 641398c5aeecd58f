package org.sakhiline.admin.flows;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.books.org.Country;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowValidator;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.menu.store.FlowVersionRecord;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/** The flow pages over HTTP with the real sign-in, CSRF and MariaDB: who may do what, and a draft's whole life. */
@QuarkusTest
class FlowConsoleTest {

    static final String LONG_HINDI = "बचत ".repeat(25).strip();
    static final String NEW_HINDI = "बचत खाता";

    @Inject
    ConsoleFlows flows;
    @Inject
    FlowStore store;
    @Inject
    FlowDrafts drafts;
    @Inject
    ConsoleUsers users;
    @Inject
    BooksFixtures fixtures;
    @Inject
    EntityManager em;

    FlowDefinition original;

    @BeforeEach
    void cleanSlate() {
        original = flows.begin();
    }

    @AfterEach
    void putMainBack() {
        flows.restore(original);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : List.of("/admin/flows", "/admin/flows/main/draft", "/admin/flows/main/diff", "/admin/simulator")) {
            given().redirects().follow(false).get(path).then().statusCode(302).header("Location", containsString("/admin/login"));
        }
        given().redirects().follow(false).formParam("note", "x").post("/admin/flows/main/draft/publish")
                .then().statusCode(302).header("Location", containsString("/admin/login"));
    }

    @Test
    void staffMayLookButOnlyAdministratorsChangeMenus() {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        long vo = fixtures.vo(Country.IN);
        users.create(name, "staff-password-123", ConsoleRole.STAFF, vo, "Field Staff");
        FlowVersion current = store.current("main");
        drafts.start("main", current.id(), "admin");

        ConsoleAuth.Session staff = ConsoleAuth.signIn(name, "staff-password-123");
        staff.given().get("/admin/flows").then().statusCode(200)
                .body(containsString("Flow <code>main</code>"), not(containsString("rollback-")));
        staff.given().get("/admin/flows/main/draft").then().statusCode(200)
                .body(containsString("name=\"texts.hi\""), containsString(" readonly"), not(containsString("id=\"save-draft\"")),
                        not(containsString("id=\"publish\"")));
        staff.given().get("/admin/flows/main/draft/preview").then().statusCode(200);
        String csrf = staff.csrfFrom("/admin/flows");

        FlowFiles files = FlowYamlWriter.write(current.definition());
        ConsoleFlows.draftForm(staff, csrf, 1, files).post("/admin/flows/main/draft").then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("note", "mine").formParam("revision", "1")
                .post("/admin/flows/main/draft/publish").then().statusCode(403);
        staff.given().formParam("csrf", csrf).post("/admin/flows/main/draft/discard").then().statusCode(403);
        staff.given().formParam("csrf", csrf).post("/admin/flows/main/versions/" + current.id() + "/rollback").then().statusCode(403);
        drafts.discard("main", "admin");
        staff.given().formParam("csrf", csrf).formParam("versionId", current.id()).post("/admin/flows/main/draft/start")
                .then().statusCode(403);
        assertTrue(drafts.find("main").isEmpty());
        assertEquals(current.id(), store.current("main").id());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.csrfFrom("/admin/flows");
        long id = store.current("main").id();
        admin.given().formParam("versionId", id).post("/admin/flows/main/draft/start").then().statusCode(403)
                .body(containsString("expired"));
        admin.given().post("/admin/flows/main/versions/" + id + "/rollback").then().statusCode(403);
        assertTrue(drafts.find("main").isEmpty());
    }

    @Test
    void aDraftFromStartToPublishThenRollbackAndExport() throws IOException {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        FlowVersion before = store.current("main");
        String csrf = admin.csrfFrom("/admin/flows");
        admin.given().get("/admin/flows").then().body(containsString("id=\"start-draft-main\""));

        // start a draft from the current version
        admin.given().formParam("csrf", csrf).formParam("versionId", before.id()).post("/admin/flows/main/draft/start")
                .then().statusCode(303).header("Location", containsString("/admin/flows/main/draft?started=1"));
        Response editor = admin.given().get("/admin/flows/main/draft");
        editor.then().statusCode(200).body(containsString("name=\"flow\""), containsString("name=\"texts.hi\""),
                containsString("id=\"save-draft\""), containsString("id=\"no-problems\""));

        // an over-long Hindi screen: saved as typed, and the problem names file, node and language
        FlowFiles tooLong = flows.mainWith("hi", "opt_balance", LONG_HINDI);
        ConsoleFlows.draftForm(admin, csrf, ConsoleFlows.revision(editor), tooLong).post("/admin/flows/main/draft")
                .then().statusCode(303).header("Location", containsString("saved=1"));
        editor = admin.given().get("/admin/flows/main/draft?saved=1");
        String page = editor.asString();
        int line = ProblemPlaces.keyLine(tooLong.texts().get("hi"), "opt_balance");
        assertTrue(line > 1, "opt_balance is a line of the Hindi texts");
        // the problem names the text key and its line, and links to that line of the Hindi field
        assertTrue(page.contains("<li class=\"problem\" data-file=\"menus/main/texts/hi.yaml\" data-node=\"main\" data-language=\"hi\""
                + " data-key=\"opt_balance\" data-line=\"" + line + "\">"), page);
        assertTrue(page.contains("href=\"#texts-hi-line-" + line + "\" data-field=\"texts-hi\""), page);
        // saved with problems is said plainly, never with a green "Saved."
        assertTrue(page.contains("id=\"saved-with-problems\""), page);
        assertFalse(page.contains("class=\"notice\""), page);
        assertTrue(page.contains(LONG_HINDI), "her text is kept");
        assertTrue(page.contains("id=\"publish\" disabled"));
        admin.given().formParam("csrf", csrf).formParam("note", "too long").formParam("revision", ConsoleFlows.revision(editor))
                .post("/admin/flows/main/draft/publish").then().statusCode(422).body(containsString("has problems"));
        assertEquals(before.id(), store.current("main").id());

        // a stale editor cannot overwrite a newer save, and her text comes back to her
        ConsoleFlows.draftForm(admin, csrf, 1, flows.mainWith("hi", "opt_balance", "पुराना")).post("/admin/flows/main/draft")
                .then().statusCode(409).body(containsString("पुराना"), containsString("after you opened it"));

        // fixed: no problems, the preview measures every screen
        FlowFiles fixed = flows.mainWith("hi", "opt_balance", NEW_HINDI);
        ConsoleFlows.draftForm(admin, csrf, ConsoleFlows.revision(editor), fixed).post("/admin/flows/main/draft")
                .then().statusCode(303);
        editor = admin.given().get("/admin/flows/main/draft?saved=1");
        editor.then().body(containsString("id=\"no-problems\""), containsString("<ul id=\"problems\""), containsString("id=\"notice\""),
                not(containsString("saved-with-problems")),
                not(containsString("<li class=\"problem\"")));
        FlowDefinition fixedDef = FlowLoader.fromYaml("menus/main", fixed.flowYaml(), fixed.texts());
        FlowValidator.ScreenSample mainHi = store.validator().check(fixedDef).screens().stream()
                .filter(s -> s.node().equals("main") && s.language().equals("hi")).findFirst().orElseThrow();
        // by default only the screens that differ from the published version: the Hindi ones showing opt_balance
        String changed = admin.given().get("/admin/flows/main/draft/preview").then().statusCode(200).extract().asString();
        assertTrue(changed.contains("id=\"changed-summary\"") && changed.contains("data-node=\"main\" data-lang=\"hi\""), changed);
        assertFalse(changed.contains("data-lang=\"ur\"") || changed.contains("data-lang=\"en\""), "unchanged screens are left out");
        Response preview = admin.given().get("/admin/flows/main/draft/preview?all=1");
        preview.then().statusCode(200).body(containsString("data-node=\"main\" data-lang=\"hi\""), containsString(NEW_HINDI),
                containsString("class=\"num count\">" + mainHi.cost() + "</td>"), containsString("lang=\"ur\" dir=\"rtl\""),
                containsString("lang=\"ur-Latn\" dir=\"ltr\""), containsString("UCS-2"), containsString("GSM-7"),
                not(containsString("class=\"over\"")));

        // publish: a note is required; then a new version with author and note, and an audit row
        int revision = ConsoleFlows.revision(editor);
        admin.given().formParam("csrf", csrf).formParam("note", " ").formParam("revision", revision)
                .post("/admin/flows/main/draft/publish").then().statusCode(422).body(containsString("Write a note"));
        admin.given().formParam("csrf", csrf).formParam("note", "Clearer Hindi savings label").formParam("revision", revision)
                .post("/admin/flows/main/draft/publish").then().statusCode(303)
                .header("Location", containsString("/admin/flows?published=main"));
        FlowVersion published = store.current("main");
        assertEquals(before.number() + 1, published.number());
        assertEquals(NEW_HINDI, published.definition().texts().get("hi").get("opt_balance"));
        FlowVersionRecord row = QuarkusTransaction.requiringNew().call(() -> FlowVersionRecord.findById(published.id()));
        assertEquals("admin", row.author);
        assertEquals("Clearer Hindi savings label", row.note);
        assertTrue(drafts.find("main").isEmpty(), "publishing uses up the draft");
        Object[] audit = auditRow("flow.publish");
        assertEquals("admin", audit[0]);
        assertTrue(audit[1].toString().contains("\"versionNo\":" + before.number()), audit[1].toString());
        assertTrue(audit[2].toString().contains("\"versionNo\":" + published.number()), audit[2].toString());
        admin.given().get("/admin/flows").then().body(containsString("Clearer Hindi savings label"),
                containsString("id=\"rollback-" + before.id() + "\""));

        // the diff shows the change, line by line
        admin.given().get("/admin/flows/main/diff?from=" + before.id() + "&to=" + published.id()).then().statusCode(200)
                .body(containsString("<span class=\"diff-removed\">- opt_balance: &quot;बचत&quot;</span>"),
                        containsString("<span class=\"diff-added\">+ opt_balance: &quot;" + NEW_HINDI + "&quot;</span>"),
                        containsString("data-path=\"flow.yaml\""), containsString("no change"));

        // rollback asks first: a plain POST, or one without a note, changes nothing
        String rollbackPath = "/admin/flows/main/versions/" + before.id() + "/rollback";
        admin.given().get(rollbackPath).then().statusCode(200).body(containsString("id=\"rollback-form\""),
                containsString("name=\"confirm\" value=\"v" + before.number() + "\""), containsString("name=\"note\""));
        admin.given().formParam("csrf", csrf).post(rollbackPath).then().statusCode(422).body(containsString("id=\"rollback-form\""));
        admin.given().formParam("csrf", csrf).formParam("note", "Members found it unclear").post(rollbackPath).then().statusCode(422);
        admin.given().formParam("csrf", csrf).formParam("confirm", "v" + before.number()).formParam("note", "  ").post(rollbackPath)
                .then().statusCode(422);
        assertEquals(published.id(), store.current("main").id(), "nothing rolled back without confirmation and note");

        // confirmed with a note: a new version with the old content; history stays
        admin.given().formParam("csrf", csrf).formParam("confirm", "v" + before.number())
                .formParam("note", "Members found the new label unclear").post(rollbackPath).then().statusCode(303);
        FlowVersion rolledBack = store.current("main");
        assertEquals(published.number() + 1, rolledBack.number());
        assertEquals(before.hash(), rolledBack.hash());
        FlowVersionRecord rollbackRow = QuarkusTransaction.requiringNew().call(() -> FlowVersionRecord.findById(rolledBack.id()));
        assertEquals("rollback to v" + before.number() + ": Members found the new label unclear", rollbackRow.note);
        assertTrue(auditRow("flow.rollback")[2].toString().contains("\"note\":\"Members found the new label unclear\""));
        admin.given().get("/admin/flows").then().body(containsString("Members found the new label unclear"));
        assertEquals(NEW_HINDI, store.byId(published.id()).definition().texts().get("hi").get("opt_balance"), "history kept");
        assertTrue(auditRow("flow.rollback")[2].toString().contains("\"versionNo\":" + rolledBack.number()));
        admin.given().formParam("csrf", csrf).formParam("confirm", "v" + rolledBack.number()).formParam("note", "again")
                .post("/admin/flows/main/versions/" + rolledBack.id() + "/rollback").then().statusCode(409).body(containsString("already the current version"));

        // export: the zip holds menus/main/... and loads back to the same definition
        Response zip = admin.given().get("/admin/flows/main/versions/" + published.id() + "/export");
        zip.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("main-v" + published.number() + ".zip"));
        Path dir = unzip(zip.asByteArray());
        FlowDefinition loaded = FlowLoader.load(dir.resolve("menus/main"));
        assertEquals(published.hash(), FlowLoader.hash(loaded));
        assertTrue(Files.exists(dir.resolve("menus/main/texts/ur-Latn.yaml")));
    }

    @Test
    void theLiveCounterMeasuresTheFilesAsTypedWithTheValidatorsNumbers() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        String csrf = admin.csrfFrom("/admin/flows");
        drafts.start("main", store.current("main").id(), "admin");
        FlowFiles typed = flows.mainWith("ur", "opt_balance", "بچت کھاتہ اور حساب");
        io.restassured.path.json.JsonPath counts = ConsoleFlows.draftForm(admin, csrf, 1, typed)
                .post("/admin/flows/main/draft/measure").then().statusCode(200).extract().jsonPath();
        FlowDefinition def = FlowLoader.fromYaml("menus/main", typed.flowYaml(), typed.texts());
        List<FlowValidator.ScreenSample> screens = store.validator().check(def).screens();
        assertTrue(counts.getBoolean("readable"));
        assertEquals(screens.size(), counts.getList("screens").size());
        for (String lang : List.of("ur", "hi", "en")) {
            FlowValidator.ScreenSample main = screens.stream().filter(x -> x.node().equals("main") && x.language().equals(lang))
                    .findFirst().orElseThrow();
            String at = "screens.find { it.node == 'main' && it.language == '" + lang + "' }";
            assertEquals(main.cost(), counts.getInt(at + ".used"), lang);
            assertEquals(main.capacity(), counts.getInt(at + ".available"), lang);
            assertTrue(counts.getList(at + ".keys").contains("opt_balance"), lang);
        }
        assertEquals(1, drafts.find("main").orElseThrow().revision, "measuring saves nothing");
        // without the token it is refused like every other console POST
        admin.given().formParam("flow", typed.flowYaml()).post("/admin/flows/main/draft/measure").then().statusCode(403);
    }

    @Test
    void versionPagesShowFilesAndScreensToEveryone() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        FlowVersion current = store.current("main");
        admin.given().get("/admin/flows/main/versions/" + current.id()).then().statusCode(200)
                .body(containsString("menus/main/texts/sd.yaml"), containsString("current"), containsString("pinGate: enter_pin"));
        admin.given().get("/admin/flows/main/versions/" + current.id() + "/preview").then().statusCode(200)
                .body(containsString("data-node=\"who\" data-lang=\"sd\""));
        admin.given().get("/admin/flows/main/versions/999999999").then().statusCode(404);
        admin.given().get("/admin/flows/other/versions/" + current.id()).then().statusCode(404);
    }

    private Object[] auditRow(String action) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT actor, before_json, after_json FROM audit_event WHERE action = ?1 AND entity_id = 'main' ORDER BY id DESC")
                .setParameter(1, action).setMaxResults(1).getResultList());
        assertFalse(rows.isEmpty(), "no audit row " + action);
        return rows.get(0);
    }

    private static Path unzip(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("flow-export");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, zip.readAllBytes());
            }
        }
        return dir;
    }
}
