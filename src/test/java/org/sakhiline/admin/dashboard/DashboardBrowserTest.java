package org.sakhiline.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.ScopedBooks;

/**
 * The dashboard and the passbook in headless Chromium at a phone's 390 px and a laptop's 1366 px: nothing scrolls
 * sideways, the charts fit their cards, the drill-down links are 44 px touch targets, the passbook prints without
 * the console's chrome. Full-page screenshots go to target/screenshots/.
 */
@QuarkusTest
class DashboardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final int LAPTOP_WIDTH = 1366;

    @Inject
    ScopedBooks books;
    @Inject
    EntityManager em;

    @Test
    void theDashboardFitsAPhoneAndALaptop() {
        ScopedBooks.Branch b = books.create();
        browser.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        for (int width : List.of(Browser.PHONE_WIDTH, LAPTOP_WIDTH)) {
            browser.viewport(width, 844, width < 600);
            browser.open("/admin");
            assertEquals(0, browser.horizontalOverflow(), "the dashboard scrolls sideways at " + width + " px");
            assertEquals(3, browser.texts(By.cssSelector("svg.chart[role=img]")).size(), "three charts at " + width + " px");
            for (Object w : (List<?>) browser.js("return [...document.querySelectorAll('svg.chart')]"
                    + ".map(s => s.getBoundingClientRect().right)")) {
                assertTrue(((Number) w).doubleValue() <= width, "a chart overflows at " + width + " px: " + w);
            }
            Number smallest = (Number) browser.js("return Math.min(...[...document.querySelectorAll('a.drill, "
                    + "details.chart-numbers summary')].map(a => a.getBoundingClientRect().height))");
            assertTrue(smallest.doubleValue() >= 44, "a drill-down link under 44 px at " + width + " px: " + smallest);
            browser.click(By.cssSelector("#panel-savings-loans details summary"));
            browser.waitFor(By.cssSelector("#table-savings-loans tbody tr"));
            assertEquals(0, browser.horizontalOverflow(), "the numbers table scrolls sideways at " + width + " px");
            fullPageScreenshot("dashboard-" + width, width);
        }
        browser.viewport(Browser.PHONE_WIDTH, 844, true);
        browser.open("/admin");
        browser.clickAndWaitForPage(By.cssSelector("#quiet-groups a"));
        assertEquals("/admin/dashboard/quiet-groups", browser.currentPath());
        assertEquals(List.of("Scope SHG (" + b.shgCode() + ")"), browser.texts(By.cssSelector("#quiet-groups li a")));
        assertEquals(0, browser.horizontalOverflow());
        fullPageScreenshot("dashboard-quiet-groups-390", Browser.PHONE_WIDTH);
    }

    @Test
    void thePassbookFitsAPhoneAndALaptopAndPrintsWithoutTheConsole() {
        ScopedBooks.Branch b = books.create();
        browser.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        browser.viewport(Browser.PHONE_WIDTH, 844, true);
        browser.open("/admin/members/" + b.memberId());
        browser.clickAndWaitForPage("passbook-link");
        assertEquals("/admin/members/" + b.memberId() + "/passbook", browser.currentPath());
        browser.open("/admin/members/" + b.memberId() + "/passbook?from=2026-01-01&to=2026-12-31");
        for (int width : List.of(Browser.PHONE_WIDTH, LAPTOP_WIDTH)) {
            browser.viewport(width, 844, width < 600);
            browser.open(browser.currentPath());
            assertEquals(0, browser.horizontalOverflow(), "the passbook scrolls sideways at " + width + " px");
            assertEquals("Rs 1,25,300", browser.textOf("closing"));
            fullPageScreenshot("passbook-hi-" + width, width);
        }
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('header.top')).display"));
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('#period')).display"));
        fullPageScreenshot("passbook-print", LAPTOP_WIDTH);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE member SET language = 'ur' WHERE id = ?1")
                .setParameter(1, b.memberId()).executeUpdate());
        browser.viewport(Browser.PHONE_WIDTH, 844, true);
        browser.open(browser.currentPath());
        assertEquals("rtl", browser.driver().findElement(By.id("passbook")).getAttribute("dir"));
        assertEquals(0, browser.horizontalOverflow(), "the Urdu passbook scrolls sideways on a phone");
        fullPageScreenshot("passbook-ur-390", Browser.PHONE_WIDTH);
    }

    /** The whole page, not only the viewport: the emulated viewport is stretched to the document's height first. */
    private static void fullPageScreenshot(String name, int width) {
        Number height = (Number) browser.js("return document.documentElement.scrollHeight");
        browser.viewport(width, Math.min(8000, height.intValue()), width < 600);
        browser.screenshot(name);
        browser.viewport(width, 844, width < 600);
    }
}
