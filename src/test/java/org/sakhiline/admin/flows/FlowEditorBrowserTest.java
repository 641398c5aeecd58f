package org.sakhiline.admin.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowValidator;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.testing.Browser;

/**
 * The menu editor's four helps in a real Chromium: the live unit counter agrees with the validator on Hindi,
 * Urdu and English text as she types; a problem's link puts the caret on the line it names; the draft's
 * preview shows changed screens only; a rollback asks for confirmation and a note, and the note is shown.
 */
@QuarkusTest
class FlowEditorBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final Map<String, String> LABELS = new LinkedHashMap<>(Map.of(
            "hi", "बचत खाता", "ur", "بچت کھاتہ", "en", "Savings [~] account"));

    @Inject
    ConsoleFlows flows;
    @Inject
    FlowStore store;
    @Inject
    FlowDrafts drafts;

    FlowDefinition original;

    @BeforeEach
    void noDraftYet() {
        original = flows.begin();
    }

    @AfterEach
    void putMainBack() {
        flows.restore(original);
    }

    @Test
    void theCounterShowsTheValidatorsUnitsWhileSheTypesInEachScript() {
        drafts.start("main", store.current("main").id(), "admin");
        browser.signInAsAdmin();
        browser.open("/admin/flows/main/draft");
        for (String lang : List.of("hi", "ur", "en")) {
            String field = "texts." + lang;
            String typed = browser.valueOf(field).replaceFirst("(?m)^opt_balance: .*$",
                    java.util.regex.Matcher.quoteReplacement("opt_balance: " + FlowYamlWriter.quoted(LABELS.get(lang))));
            browser.fillTextarea(field, typed);
            browser.js("const t = document.getElementById(arguments[0]); const i = t.value.indexOf('opt_balance:');"
                    + "t.focus(); t.setSelectionRange(i, i); t.dispatchEvent(new Event('keyup'));", "texts-" + lang);

            FlowValidator.ScreenSample main = serverMeasure(lang);
            By shown = By.cssSelector("#count-texts-" + lang + " li.screen-count[data-node='main'][data-lang='" + lang
                    + "'][data-used='" + main.cost() + "']");
            WebElement counter = browser.waitFor(shown);
            assertEquals(Integer.toString(main.capacity()), counter.getAttribute("data-available"), lang);
            assertTrue(counter.getText().contains(main.cost() + " of " + main.capacity()), counter.getText());
            assertTrue(counter.getText().contains(main.ucs2() ? "UCS-2" : "GSM-7"), counter.getText());
        }
        browser.screenshot("flow-editor-counter");
        assertEquals(1, drafts.find("main").orElseThrow().revision, "the counter saves nothing");
    }

    @Test
    void aProblemLinkPutsTheCaretOnTheLineItNamesAndThePreviewShowsChangedScreens() {
        drafts.start("main", store.current("main").id(), "admin");
        browser.signInAsAdmin();
        browser.open("/admin/flows/main/draft");
        String tooLong = "اپنی بچت کا پورا حساب اور پچھلے مہینے کی جمع رقم یہاں سنیں";
        browser.fillTextarea("texts.ur", browser.valueOf("texts.ur").replaceFirst("(?m)^opt_balance: .*$",
                "opt_balance: \"" + tooLong + "\""));
        browser.clickAndWaitForPage("save-draft");
        assertTrue(browser.isPresent(By.id("saved-with-problems")));
        assertFalse(browser.isPresent(By.cssSelector("p.notice")), "no green Saved. beside a problem");
        WebElement problem = browser.waitFor(By.cssSelector("#problems li.problem"));
        assertEquals("opt_balance", problem.getAttribute("data-key"));
        int line = Integer.parseInt(problem.getAttribute("data-line"));
        assertTrue(problem.getText().contains("line " + line) && problem.getText().contains("opt_balance"), problem.getText());

        problem.findElement(By.cssSelector("a.problem-link")).click();
        assertEquals("texts-ur", browser.js("return document.activeElement.id;"));
        Object caretLine = browser.js("const t = document.activeElement;"
                + "return t.value.substring(0, t.selectionStart).split('\\n').length;");
        assertEquals((long) line, caretLine);
        String selected = (String) browser.js("const t = document.activeElement; return t.value.substring(t.selectionStart, t.selectionEnd);");
        assertTrue(selected.startsWith("opt_balance:"), selected);
        browser.screenshot("flow-editor-problem-link");

        // changed screens only, by default: the Urdu screens showing opt_balance, not the other languages
        browser.open("/admin/flows/main/draft/preview");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#screens tbody tr"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> "ur".equals(r.getAttribute("data-lang"))), "only changed (Urdu) screens");
        browser.clickAndWaitForPage("show-all");
        assertTrue(browser.driver().findElements(By.cssSelector("#screens tbody tr")).size() > rows.size() * 5);
    }

    @Test
    void aRollbackAsksForConfirmationAndANoteWhichTheHistoryShows() {
        FlowVersion before = store.current("main");
        Map<String, Map<String, String>> texts = new LinkedHashMap<>(before.definition().texts());
        Map<String, String> en = new LinkedHashMap<>(texts.get("en"));
        en.put("opt_balance", "Savings (newer wording)");
        texts.put("en", en);
        FlowDefinition d = before.definition();
        FlowDefinition changed = new FlowDefinition(d.key(), d.defaultLanguage(), d.languages(), d.start(), d.home(),
                d.pinGate(), d.nodes(), texts, d.source());
        QuarkusTransaction.requiringNew().run(() -> store.append(changed, "test", "a newer wording"));
        store.forget("main");

        browser.signInAsAdmin();
        browser.open("/admin/flows");
        browser.clickAndWaitForPage("rollback-" + before.id());
        assertEquals("/admin/flows/main/versions/" + before.id() + "/rollback", browser.currentPath());
        assertTrue(browser.isPresent(By.id("rollback-diff")));
        assertTrue((Boolean) browser.js("return document.getElementById('rollback-note').required;"));
        String note = "Members asked for the old savings word back";
        browser.fill("note", note);
        browser.clickAndWaitForPage("confirm-rollback");
        assertTrue(browser.currentPath().startsWith("/admin/flows?published=main"), browser.currentPath());
        assertTrue(browser.textOf(By.cssSelector("#flow-main p.current")).contains(note));
        assertEquals(FlowLoader.hash(before.definition()), FlowLoader.hash(store.current("main").definition()));
    }

    /** What the validator says of the main screen in {@code lang} for the files now in the browser's textareas. */
    private FlowValidator.ScreenSample serverMeasure(String lang) {
        String flowYaml = browser.valueOf("flow");
        @SuppressWarnings("unchecked")
        Map<String, String> texts = (Map<String, String>) browser.js("const m = {};"
                + "document.querySelectorAll('textarea[data-lang]').forEach(t => m[t.dataset.lang] = t.value); return m;");
        FlowDefinition def = FlowLoader.fromYaml("menus/main", flowYaml, texts);
        return store.validator().check(def).screens().stream()
                .filter(s -> s.node().equals("main") && s.language().equals(lang)).findFirst().orElseThrow();
    }
}
