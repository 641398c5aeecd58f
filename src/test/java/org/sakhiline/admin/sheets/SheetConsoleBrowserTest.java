package org.sakhiline.admin.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.SheetFixtures;

/**
 * Staff's side of meeting day in a real (headless) Chromium, at 1366 px and at a phone's 390 px: a paper register
 * entered in the table, a save over someone else's refused without losing what she typed, submit, maker = checker
 * refused, sent back with a reason, confirmed by another staff member, and a line corrected afterwards.
 */
@QuarkusTest
class SheetConsoleBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final int LAPTOP_WIDTH = 1366;
    private static final By NOTICE = By.id("notice");
    private static final By REFUSAL = By.id("refusal");
    private static final By STATUS = By.id("sheet-status");

    @Inject
    ConsoleSheetBooks books;
    @Inject
    MeetingSheets sheets;
    @Inject
    EntityManager em;

    @Test
    void aPaperRegisterIsEnteredCheckedByAnotherAndCorrected() {
        ConsoleSheetBooks.Desk desk = books.create();
        SheetFixtures.Group g = desk.group();
        long leader = g.leaderId();
        long bookkeeper = g.bookkeeperId();
        long borrower = g.borrowerId();
        laptop();
        browser.signIn(desk.maker(), ConsoleSheetBooks.PASSWORD);

        // From the group's page to its recent meetings, and the sheet started with the usual amounts.
        browser.open("/admin/org-units/" + g.shgId());
        browser.clickAndWaitForPage("meeting-sheets");
        atPhoneWidth("sheet-console-group");
        browser.clickAndWaitForPage("start-sheet-" + g.meetingId());
        long sheetId = Long.parseLong(browser.currentPath().replaceAll("^/admin/sheets/([0-9]+).*$", "$1"));
        assertEquals("Being entered", browser.textOf(STATUS));
        assertEquals("100", browser.valueOf("s" + borrower), "usual savings are filled in");
        assertEquals("2200", browser.valueOf("r" + borrower + "_" + g.loanId()), "what is due on her loan is filled in");
        assertEquals("3", browser.textOf("t-not-entered"));
        browser.screenshot("sheet-console-draft-1366");
        atPhoneWidth("sheet-console-draft");

        // Meanwhile the bookkeeper enters the leader's line on her phone: this page's version is now old.
        sheets.recordLine(sheetId, leader, new LineEntry(Attendance.PRESENT, 50_00, 0, java.util.Map.of()),
                SheetActor.member(bookkeeper, Channel.USSD));

        browser.select("a" + leader, "Present");
        browser.type("s" + leader, "150");
        browser.select("a" + bookkeeper, "Absent");
        assertEquals("0", browser.valueOf("s" + bookkeeper), "absent: her usual saving is cleared");
        browser.type("f" + bookkeeper, "10");
        browser.select("a" + borrower, "Present");
        browser.type("cash", "1");
        String save = "window.__sakhilinePage = 'typed';";
        browser.js(save);
        browser.driver().findElement(By.name("f" + bookkeeper)).sendKeys(Keys.ENTER);   // Enter saves
        browser.waitUntil(d -> !"typed".equals(browser.js("return window.__sakhilinePage || null;")));
        browser.waitForPageLoad();
        assertTrue(browser.textOf(REFUSAL).startsWith("Someone else saved this sheet after you opened it"), browser.textOf(REFUSAL));
        assertEquals("150", browser.valueOf("s" + leader), "her typed amount is still there");
        assertEquals("10", browser.valueOf("f" + bookkeeper));
        assertEquals("ABSENT", browser.valueOf("a" + bookkeeper));
        assertTrue(browser.textOf(By.cssSelector("#line-" + leader + " .meanwhile")).contains("Rs 50"),
                "the other person's entry is shown beside hers");
        browser.screenshot("sheet-console-stale-1366");

        // Saved again over the sheet as it is now; then the cash counted, and submitted.
        browser.clickAndWaitForPage("save");
        assertEquals("Saved.", browser.textOf(NOTICE));
        assertEquals("150", browser.valueOf("s" + leader));
        String collected = browser.textOf(By.cssSelector("#t-collected strong"));
        browser.type("cash", rupees(collected));
        browser.clickAndWaitForPage("submit");
        assertEquals("Waiting for confirmation", browser.textOf(STATUS));
        assertTrue(browser.textOf("maker-note").contains("another person must confirm"));
        assertFalse(browser.isPresent(By.id("confirm")), "the maker is not offered Confirm");

        // Even a hand-made post of Confirm by the maker is refused, with the reason.
        postFromThePage("/admin/sheets/" + sheetId + "/confirm");
        assertEquals("You entered or submitted this sheet, so another person must confirm it or send it back.",
                browser.textOf(REFUSAL));
        assertEquals("Waiting for confirmation", browser.textOf(STATUS));
        browser.signOut();

        // The checker finds it waiting, sends it back with a reason; the maker fixes it and submits again.
        browser.signIn(desk.checker(), ConsoleSheetBooks.PASSWORD);
        browser.open("/admin/sheets");
        assertTrue(browser.isPresent(By.id("waiting-" + sheetId)), "the sheet waits for her");
        atPhoneWidth("sheet-console-lists");
        browser.open("/admin/sheets/" + sheetId);
        browser.click(By.cssSelector("#reject-box summary"));
        browser.fill("reason", "Member 1 saved Rs 200, not Rs 150");
        browser.clickAndWaitForPage("reject");
        assertEquals("Sent back to be entered again, with your reason.", browser.textOf(NOTICE));
        assertEquals("Being entered", browser.textOf(STATUS));
        assertTrue(browser.textOf("rejected-reason").contains("Member 1 saved Rs 200"));
        browser.signOut();

        browser.signIn(desk.maker(), ConsoleSheetBooks.PASSWORD);
        browser.open("/admin/sheets/" + sheetId);
        browser.type("s" + leader, "200");
        browser.type("cash", rupees(browser.textOf(By.cssSelector("#t-collected strong"))));
        browser.clickAndWaitForPage("submit");
        assertEquals("Waiting for confirmation", browser.textOf(STATUS));
        browser.signOut();

        browser.signIn(desk.checker(), ConsoleSheetBooks.PASSWORD);
        browser.open("/admin/sheets/" + sheetId);
        browser.clickAndWaitForPage("confirm");
        assertEquals("Confirmed", browser.textOf(STATUS));
        assertTrue(browser.textOf(NOTICE).startsWith("Confirmed: every entry is posted"), browser.textOf(NOTICE));
        String history = browser.textOf("history");
        assertTrue(history.contains("Asha Das (staff)") && history.contains("Meena Roy (staff)")
                && history.contains("Member 2 (bookkeeper)") && history.contains("in the console")
                && history.contains("IST"), history);
        assertFalse(history.contains("console:") || history.contains("member:") || history.contains("CONSOLE"),
                "no internal codes: " + history);
        browser.screenshot("sheet-console-confirmed-1366");
        atPhoneWidth("sheet-console-confirmed");

        // She replies WRONG to her receipt: the sheet is flagged for staff, beside her line.
        assertTrue(sheets.flagWrong(borrower, "sheet-console-" + sheetId, "WRONG", java.time.Instant.now()).isPresent());
        browser.open("/admin/sheets");
        assertTrue(browser.isPresent(By.id("flagged-" + sheetId)), "the flagged sheet is listed");
        browser.open("/admin/sheets/" + sheetId);
        assertTrue(browser.textOf("flags").contains("to check"), browser.textOf("flags"));
        assertTrue(browser.textOf("line-" + borrower).contains("she says it is wrong"));

        // A correction: the borrower's saving was Rs 120, not Rs 100.
        browser.clickAndWaitForPage("correct-" + borrower);
        browser.type("s" + borrower, "120");
        browser.fill("reason", "register shows Rs 120 for member 3");
        atPhoneWidth("sheet-console-correction");
        browser.clickAndWaitForPage("correct");
        assertTrue(browser.textOf(NOTICE).startsWith("Corrected"), browser.textOf(NOTICE));
        assertTrue(browser.textOf("line-" + borrower).contains("Rs 120"), browser.textOf("line-" + borrower));
        assertTrue(browser.textOf("history").contains("corrected a line"));
        assertTrue(browser.textOf("flags").contains("corrected"), "her flag is resolved by the correction");
        assertFalse(browser.textOf("line-" + borrower).contains("she says it is wrong"));

        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id FROM savings_txn WHERE sheet_id = ?1 AND actor NOT IN (?2, ?3)")
                .setParameter(1, sheetId).setParameter(2, "console:" + desk.checker()).setParameter(3, "console:" + desk.maker())
                .getResultList()), "every posting of the sheet names the console user who confirmed or corrected it");
    }

    @Test
    void onAPhoneEachLineIsACardWithTouchSizedBoxesAndTheSheetIsSubmitted() {
        ConsoleSheetBooks.Desk desk = books.create();
        SheetFixtures.Group g = desk.group();
        browser.signIn(desk.maker(), ConsoleSheetBooks.PASSWORD);
        browser.phoneViewport();
        browser.open("/admin/sheets/groups/" + g.shgId());
        browser.clickAndWaitForPage("start-sheet-" + g.meetingId());
        assertEquals("block", browser.js("return getComputedStyle(document.querySelector('#sheet tbody tr')).display"),
                "each line is a card, not a table row");
        for (long member : g.memberIds()) {
            browser.select("a" + member, member == g.bookkeeperId() ? "On leave" : "Present");
        }
        assertEquals("0", browser.valueOf("s" + g.bookkeeperId()), "on leave: her usual saving is cleared");
        assertEquals("Rs 2,400", browser.textOf(By.cssSelector("#t-collected strong")), "Rs 100 + Rs 100 + Rs 2,200 due");
        browser.type("cash", "2400");
        assertEquals("none: the cash matches", browser.textOf("t-difference"));
        assertEquals(0, browser.horizontalOverflow(), "the sheet scrolls sideways at 390 px");
        Number smallest = (Number) browser.js("return Math.min(...[...document.querySelectorAll("
                + "'#sheet-form select, #sheet-form input.amount, #sheet-form button')].map(e => e.getBoundingClientRect().height))");
        assertTrue(smallest.doubleValue() >= 44, "a box or button of the sheet is " + smallest + " px tall");
        browser.screenshot("sheet-console-phone-entered-390");
        browser.clickAndWaitForPage("submit");
        assertEquals("Waiting for confirmation", browser.textOf(STATUS));
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("sheet-console-phone-submitted-390");
    }

    /** Switches to a phone's width, checks nothing scrolls sideways, keeps a screenshot, and goes back to the laptop. */
    private static void atPhoneWidth(String screenshot) {
        browser.phoneViewport();
        assertEquals(0, browser.horizontalOverflow(), browser.currentPath() + " scrolls sideways at 390 px");
        browser.screenshot(screenshot + "-390");
        laptop();
    }

    private static void laptop() {
        browser.viewport(LAPTOP_WIDTH, 900, false);
    }

    /** "Rs 1,260" → "1260". */
    private static String rupees(String shown) {
        return shown.replaceAll("[^0-9]", "");
    }

    /** Posts a form the page does not offer, with the page's own CSRF token, as a hand-made request would. */
    private static void postFromThePage(String action) {
        browser.js("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + "const t = document.querySelector('form.signout input[type=hidden]').cloneNode();"
                + "f.appendChild(t); document.body.appendChild(f); window.__sakhilinePage = 'posted'; f.submit();", action);
        browser.waitUntil(d -> !"posted".equals(browser.js("return window.__sakhilinePage || null;")));
        browser.waitForPageLoad();
    }
}
