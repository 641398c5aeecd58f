package org.sakhiline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ConsolePageChecks;

/** The console in a real (headless) Chromium: sign-in form, home page, sign-out, a phone's width, Indic and Arabic scripts. */
@QuarkusTest
class ConsoleBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ConsoleUsers users;

    private static final By ALERT = By.cssSelector("p.error[role=alert]");
    private static final By NOTICE = By.cssSelector("p.notice[role=status]");
    private static final By SIGN_IN_FORM = By.cssSelector("form[action='/j_security_check']");
    private static final By NAV_LINKS = By.cssSelector("nav.main-nav a");
    private static final List<String> NAV = List.of("Menus", "Simulator", "Groups", "Meeting sheets", "Reports", "Members", "Import", "Messages", "Reminders", "Audit log", "Users");  // Users: administrators only

    @Test
    void signingInThroughTheFormOpensTheConsoleHome() {
        browser.signIn(ConsoleAuth.ADMIN, ConsoleAuth.ADMIN_PASSWORD);

        assertEquals("/admin", browser.currentPath());
        String who = browser.textOf(By.cssSelector(".signout .who"));
        assertFalse(who.isBlank());
        assertEquals("Namaste, " + who, browser.textOf(By.tagName("h1")));
        assertEquals(NAV, browser.texts(NAV_LINKS));
        assertEquals("Sign out", browser.textOf(By.cssSelector("form.signout button")));
        browser.screenshot("console-home");
    }

    @Test
    void theSettingsPagePassesThePageChecksInEveryLanguageAndWidth() {
        String name = BooksFixtures.unique("settings").toLowerCase();
        QuarkusTransaction.requiringNew().run(() -> users.create(name, "settings-password-1", ConsoleRole.ADMIN, null, "Meena Sharma"));
        browser.signIn(name, "settings-password-1");

        ConsolePageChecks.walk(browser, List.of("/admin/settings", "/admin/users"), "settings-users");

        browser.useLanguage("ur");
        assertEquals("rtl", browser.js("return getComputedStyle(document.body).direction"));
        assertEquals("سیٹنگز", browser.textOf(By.tagName("h1")));
        browser.useLanguage("en");

        // the checks can fail: an image without a text alternative is a critical axe violation, a raw enum a code
        browser.js("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\"><p>INSTALMENT_DUE at 10:30</p>')");
        List<String> axe = ConsolePageChecks.axeProblems(browser);
        assertTrue(axe.stream().anyMatch(p -> p.contains("image-alt")), "axe found " + axe);
        List<String> words = ConsolePageChecks.wordProblems(browser);
        assertTrue(words.stream().anyMatch(p -> p.contains("INSTALMENT_DUE")), "word checks found " + words);
        assertTrue(words.stream().anyMatch(p -> p.contains("times without a zone")), "word checks found " + words);
    }

    /**
     * Every page the nav (and the start page's tiles) lead to, as an administrator at 390 and 1366 px: no sideways
     * scroll and no serious or critical axe-core violation. Words are each page's owner's to check (their own tests).
     */
    @Test
    void everyConsolePageReachableFromTheNavPassesAxeAndFitsAPhone() {
        browser.signInAsAdmin();
        browser.open("/admin");
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) browser.js("return [...new Set([...document.querySelectorAll("
                + "'nav.main-nav a, #tiles a, #settings-link')].map(a => a.getAttribute('href')))]");
        List<String> all = new java.util.ArrayList<>(List.of("/admin"));
        all.addAll(paths);
        List<String> failures = new java.util.ArrayList<>();
        for (int width : ConsolePageChecks.WIDTHS) {
            ConsolePageChecks.width(browser, width);
            for (String path : all) {
                try {
                    ConsolePageChecks.checkLayout(browser, path, "all" + path.replace('/', '-'));
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theErrorPagesPassThePageChecksInEveryLanguage() {
        String name = BooksFixtures.unique("errors").toLowerCase();
        QuarkusTransaction.requiringNew().run(() -> users.create(name, "errors-password-1", ConsoleRole.ADMIN, null, "Meena Sharma"));
        browser.signIn(name, "errors-password-1");
        try {
            for (String language : ConsolePageChecks.LANGUAGES) {
                browser.useLanguage(language);
                for (int width : ConsolePageChecks.WIDTHS) {
                    ConsolePageChecks.width(browser, width);
                    ConsolePageChecks.checkErrorPage(browser, "/admin/no-such-page", "error-404");
                }
            }
            assertEquals("صفحہ نہیں ملا", browser.textOf(By.cssSelector("#error-page h1")));
        } finally {
            browser.desktopViewport();
            browser.useLanguage("en");
        }
    }

    @Test
    void aWrongPasswordKeepsYouOnTheSignInPageAndSaysSo() {
        browser.submitSignIn(ConsoleAuth.ADMIN, "not-the-password");

        assertEquals("/admin/login?error=1", browser.currentPath());
        assertEquals("That username and password do not match. Try again.", browser.textOf(ALERT));
        assertTrue(browser.isPresent(SIGN_IN_FORM));
        assertFalse(browser.isPresent(NAV_LINKS));
    }

    @Test
    void signingOutShowsTheNoticeAndTheConsoleAsksForSignInAgain() {
        browser.signInAsAdmin();

        browser.signOut();
        assertEquals("/admin/login?bye=1", browser.currentPath());
        assertEquals("You have signed out.", browser.textOf(NOTICE));
        assertFalse(browser.isPresent(NAV_LINKS));

        browser.open("/admin/members");
        assertEquals("/admin/login", browser.currentPath());
        assertTrue(browser.isPresent(SIGN_IN_FORM));
        browser.open("/admin");
        assertEquals("/admin/login", browser.currentPath());
    }

    @Test
    void onAPhoneTheNavWrapsAndNothingScrollsSideways() {
        browser.signInAsAdmin();
        browser.phoneViewport();
        browser.open("/admin");

        assertEquals(Browser.PHONE_WIDTH, ((Number) browser.js("return window.innerWidth")).intValue());
        assertEquals(0, browser.horizontalOverflow(), "the home page scrolls sideways at " + Browser.PHONE_WIDTH + " px");
        @SuppressWarnings("unchecked")
        List<Number> linkRows = (List<Number>) browser.js(
                "return [...new Set([...document.querySelectorAll('nav.main-nav a')].map(a => Math.round(a.getBoundingClientRect().top)))]");
        assertTrue(linkRows.size() > 1, "the nav should wrap onto several rows at phone width, rows at " + linkRows);
        Number widestRight = (Number) browser.js(
                "return Math.max(...[...document.querySelectorAll('header.top *')].map(e => e.getBoundingClientRect().right))");
        assertTrue(widestRight.doubleValue() <= Browser.PHONE_WIDTH, "header reaches " + widestRight + " px");
        browser.screenshot("console-home-phone");
    }

    @Test
    void hindiBengaliAndUrduNamesAreDrawnWithNotoGlyphs() {
        browser.open("/test-only/scripts");

        String missing = " Install the Noto fonts: scripts/browser-setup.sh (Debian package fonts-noto-core).";
        for (String id : List.of("hindi", "bengali", "urdu")) {
            Number width = (Number) browser.js("return document.getElementById(arguments[0]).getBoundingClientRect().width", id);
            assertTrue(width.doubleValue() > 0, id + " text has no width." + missing);
        }
        assertEquals("rtl", browser.js("return getComputedStyle(document.getElementById('urdu')).direction"));
        assertEquals("ur", browser.js("return document.getElementById('urdu').lang"));

        assertDrawnWith("#hindi", "सुनीता देवी", List.of("Noto Sans Devanagari"), missing);
        assertDrawnWith("#bengali", "সবিতা দাস", List.of("Noto Sans Bengali"), missing);
        assertDrawnWith("#urdu", "فاطمہ بی بی", List.of("Noto Nastaliq Urdu", "Noto Naskh Arabic"), missing);
        browser.screenshot("scripts");
    }

    /** Every letter (all but the spaces, which the Latin font draws) came from one of the expected Noto families. */
    private static void assertDrawnWith(String selector, String text, List<String> families, String hint) {
        Map<String, Integer> fonts = browser.renderedFonts(selector);
        int letters = (int) text.codePoints().filter(c -> c != ' ').count();
        int fromExpected = families.stream().mapToInt(f -> fonts.getOrDefault(f, 0)).sum();
        assertTrue(fromExpected > 0 && fonts.keySet().stream().allMatch(f -> f.startsWith("Noto ")),
                selector + " (" + text + ", " + letters + " letters) was drawn with " + fonts + ", expected " + families + "." + hint);
    }
}
