package org.sakhiline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ScopedBooks;

/** Keeping the books current in a real (headless) Chromium at a phone's width: enrol a member, then mark her exited. */
@QuarkusTest
class UpkeepBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final By NOTICE = By.cssSelector("p.notice[role=status]");

    @Inject
    ScopedBooks books;
    @Inject
    EntityManager em;

    @Test
    void aMemberIsEnrolledAndExitedOnAPhone() {
        ScopedBooks.Branch branch = books.create();
        browser.signIn(branch.staffUser(), ScopedBooks.STAFF_PASSWORD);
        browser.phoneViewport();
        browser.open("/admin/org-units/" + branch.shgId());
        browser.clickAndWaitForPage("new-member");
        assertEquals(0, browser.horizontalOverflow(), "the enrol form scrolls sideways on a phone");

        String phone = BooksFixtures.phone();
        browser.fill("name", "Kamala Devi");
        browser.fill("nameNative", "कमला देवी");
        browser.select("role", "Bookkeeper");
        browser.type("phones", phone);
        browser.clickAndWaitForPage("save");
        assertTrue(browser.currentPath().matches("/admin/members/[0-9]+\\?done=created"), browser.currentPath());
        assertEquals("Member enrolled.", browser.textOf(NOTICE));
        assertEquals("Kamala Devi · कमला देवी", browser.textOf(By.tagName("h1")));
        assertEquals(phone, browser.textOf("phones"));
        assertEquals(0, browser.horizontalOverflow(), "her page scrolls sideways on a phone");
        browser.screenshot("upkeep-enrolled");
        long id = Long.parseLong(browser.currentPath().replaceAll("^/admin/members/([0-9]+).*$", "$1"));

        browser.click(By.cssSelector("details.exit summary"));
        browser.fill("reason", "moved to her husband's village");
        browser.clickAndWaitForPage("confirm-exit");
        assertTrue(browser.textOf(NOTICE).startsWith("She is marked exited"), browser.textOf(NOTICE));
        assertFalse(browser.isPresent(By.id("exit-member")), "no second exit");
        assertFalse(browser.isPresent(By.id("add-phone")), "no phone for an exited member");
        browser.screenshot("upkeep-exited");
        assertEquals("EXITED", QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT status FROM member WHERE id = ?1").setParameter(1, id).getSingleResult()));
    }
}
