package org.sakhiline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sakhiline.admin.flows.ConsoleFlows;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.testing.Browser;

/**
 * Issue 6 end to end in a real (headless) Chromium: an administrator signs in, makes the Hindi main menu too long
 * for a USSD screen, sees the console refuse it with the file, node and language named, fixes it, publishes it
 * with a note, and dials the published menu in the simulator as a Hindi-reading member.
 */
@QuarkusTest
class FlowEditingBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** The main menu's first label: with the five other options and the re-ask hint it is far over 80 UCS-2 units. */
    static final String TOO_LONG = "अपनी बचत का पूरा हिसाब और पिछले महीने की जमा राशि यहाँ सुनें";
    /**
     * Short enough for the costliest main screen ("पिन सेव हो गया।" above the menu uses 74 of 80 units with "बचत"),
     * which leaves only seven letters for this label: "नमस्ते सखी" would need 81.
     */
    static final String FIXED = "सखी बचत";
    static final String NOTE = "Shorter Hindi savings label that fits every main screen";
    static final String HINDI_TEXTS = "texts.hi";
    static final Pattern OPT_BALANCE = Pattern.compile("(?m)^opt_balance: .*$");

    @Inject
    ConsoleFlows flows;
    @Inject
    FlowStore store;
    @Inject
    UssdTestMembers members;

    FlowDefinition original;

    @BeforeEach
    void noDraftYet() {
        original = flows.begin();
    }

    /** Runs when the test fails too: the rest of the suite expects the shipped Hindi wording. */
    @AfterEach
    void putMainBack() {
        flows.restore(original);
    }

    @Test
    void anAdministratorFixesAnOverlongHindiScreenPublishesItAndDialsIt() {
        int versionBefore = store.current("main").number();
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, "1234", phone);

        // 1-2: the real sign-in form, then the flows list, then a fresh draft of main
        browser.signInAsAdmin();
        browser.open("/admin/flows");
        assertFalse(browser.isPresent(By.id("open-draft-main")), "a draft of main was left over");
        browser.clickAndWaitForPage("start-draft-main");
        assertEquals("/admin/flows/main/draft?started=1", browser.currentPath());
        browser.waitFor(By.id("no-problems"));

        // 3: an over-long Hindi label is saved as typed, and the console says exactly where the problem is
        String shipped = browser.valueOf(HINDI_TEXTS);
        assertTrue(shipped.contains("opt_balance: \"बचत\""), "the draft starts from the shipped Hindi texts");
        browser.fillTextarea(HINDI_TEXTS, withOptBalance(shipped, TOO_LONG));
        browser.clickAndWaitForPage("save-draft");
        assertEquals("/admin/flows/main/draft?saved=1", browser.currentPath());

        List<WebElement> problems = browser.driver().findElements(By.cssSelector("#problems li.problem"));
        assertEquals(1, problems.size(), "problems: " + browser.texts(By.cssSelector("#problems li.problem")));
        WebElement problem = problems.get(0);
        assertEquals("menus/main/texts/hi.yaml", problem.getAttribute("data-file"));
        assertEquals("main", problem.getAttribute("data-node"));
        assertEquals("hi", problem.getAttribute("data-language"));
        String shown = problem.getText();
        assertTrue(shown.contains("texts/hi.yaml") && shown.contains("node main") && shown.contains("language hi"), shown);
        assertTrue(shown.contains("of 80 UCS-2 units") && shown.contains(TOO_LONG), shown);
        assertFalse(browser.isPresent(By.id("no-problems")));
        assertFalse(browser.driver().findElement(By.id("publish")).isEnabled(), "publish must be disabled while there are problems");
        assertTrue(browser.valueOf(HINDI_TEXTS).contains("opt_balance: \"" + TOO_LONG + "\""), "her text is kept in the textarea");
        showLineInTextarea(HINDI_TEXTS, "opt_balance:");
        browser.screenshot("flow-validation-error");

        // 4: a short label fits; publish with a note
        browser.fillTextarea(HINDI_TEXTS, withOptBalance(browser.valueOf(HINDI_TEXTS), FIXED));
        browser.clickAndWaitForPage("save-draft");
        browser.waitFor(By.id("no-problems"));
        assertTrue(browser.texts(By.cssSelector("#problems li.problem")).isEmpty());
        assertTrue(browser.valueOf(HINDI_TEXTS).contains("opt_balance: \"" + FIXED + "\""));
        assertTrue(browser.driver().findElement(By.id("publish")).isEnabled());
        browser.type("note", NOTE);
        browser.clickAndWaitForPage("publish");

        String published = "v" + (versionBefore + 1);
        assertEquals("/admin/flows?published=main+" + published, browser.currentPath());
        assertTrue(browser.textOf("notice").startsWith("Published main " + published + "."), browser.textOf("notice"));
        String current = browser.textOf(By.cssSelector("#flow-main p.current"));
        assertTrue(current.startsWith("Current: " + published + " by admin, "), current);
        assertTrue(current.contains("“" + NOTE + "”"), current);
        assertFalse(browser.isPresent(By.id("open-draft-main")), "publishing uses up the draft");
        assertEquals(FIXED, store.current("main").definition().texts().get("hi").get("opt_balance"));

        // 5: the simulator, as a member who reads Hindi, on the published menu
        browser.open("/admin/simulator?channel=ussd");
        browser.type("phone", phone);
        // the member search form carries hidden "flow" and "source" fields too: pick the dial form's selects
        chooseInStartForm("flow", "main");
        chooseInStartForm("source", "published version");
        browser.clickAndWaitForPage("dial");
        assertEquals("CON", browser.waitFor(By.id("mode")).getAttribute("data-mode"));
        assertEquals("main · published version", browser.textOf(By.cssSelector(".sim-flow")));
        String menu = browser.textOf("screen");
        assertTrue(menu.startsWith("1 " + FIXED + "\n2 लोन किस्त\n"), menu);

        // a key from the keypad types into the reply box (with JavaScript), Send sends it
        browser.click(By.cssSelector("#reply-form button.key[value='1']"));
        assertEquals("1", browser.valueOf("input"));
        browser.clickAndWaitForPage("send");
        assertEquals("अपना पिन डालें:\n0 पीछे", browser.textOf("screen"));
        assertEquals("CON", browser.waitFor(By.id("mode")).getAttribute("data-mode"));

        // back to the menu, so the picture shows her new greeting on the phone and the walk in the transcript
        browser.type("input", "0");
        browser.clickAndWaitForPage("send");
        assertTrue(browser.textOf("screen").startsWith("1 " + FIXED + "\n"), browser.textOf("screen"));
        List<String> said = browser.texts(By.cssSelector("#transcript pre.said"));
        assertTrue(said.size() >= 5 && said.contains("अपना पिन डालें:\n0 पीछे"), said.toString());
        browser.js("document.querySelector('section.phone').scrollIntoView({block: 'center'})");
        browser.screenshot("simulator");
    }

    private static void chooseInStartForm(String name, String visibleText) {
        new Select(browser.waitFor(By.cssSelector("#start-form select[name='" + name + "']"))).selectByVisibleText(visibleText);
    }

    private static String withOptBalance(String hiYaml, String label) {
        Matcher m = OPT_BALANCE.matcher(hiYaml);
        assertTrue(m.find(), "no opt_balance line in the Hindi texts");
        return m.replaceFirst(Matcher.quoteReplacement("opt_balance: \"" + label + "\""));
    }

    /** Scrolls the page to the textarea and the textarea to the line starting with {@code prefix}, for the screenshot. */
    private static void showLineInTextarea(String name, String prefix) {
        browser.js("const t = document.querySelector('textarea[name=\"' + arguments[0] + '\"]');"
                + "document.querySelector('label[for=\"' + t.id + '\"]').scrollIntoView({block: 'start'});"
                + "window.scrollBy(0, -8);"
                + "const before = t.value.substring(0, t.value.indexOf(arguments[1])).split('\\n').length - 1;"
                + "t.scrollTop = Math.max(0, before - 3) * (parseFloat(getComputedStyle(t).lineHeight) || 20);", name, prefix);
    }
}
