package org.sakhiline.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.ScopedBooks;

/** A STAFF user walks the reports on a phone (390 px): VO to group to member, without the page scrolling sideways. */
@QuarkusTest
class ReportBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ScopedBooks books;

    @Test
    void dcbDrillsDownFromVoToGroupToMemberOnAPhone() {
        ScopedBooks.Branch branch = books.create();
        browser.signIn(branch.staffUser(), ScopedBooks.STAFF_PASSWORD);
        browser.phoneViewport();
        browser.open("/admin/reports");
        browser.clickAndWaitForPage("open-dcb");
        assertEquals(0, browser.horizontalOverflow(), "the DCB page scrolls sideways on a phone");
        assertTrue(browser.textOf(By.cssSelector("p.lead")).contains("India Standard Time (IST)"));
        browser.fill("from", "2026-02-01");
        browser.fill("to", "2026-02-28");
        browser.clickAndWaitForPage(By.cssSelector("form.report-form button"));
        browser.clickAndWaitForPage(By.linkText("Scope SHG (" + branch.shgCode() + ")"));
        assertEquals(0, browser.horizontalOverflow(), "the group's DCB scrolls sideways on a phone");
        browser.screenshot("reports-dcb-group-phone");
        browser.clickAndWaitForPage(By.partialLinkText("Sunita Scope"));
        assertEquals("/admin/members/" + branch.memberId(), browser.currentPath());
        browser.open("/admin/reports/par?unit=" + branch.voId() + "&asOf=2026-06-30");
        assertEquals(0, browser.horizontalOverflow(), "loans at risk scroll sideways on a phone");
        assertTrue(browser.isPresent(By.id("par-loans")));
        browser.screenshot("reports-par-vo-phone");
    }
}
