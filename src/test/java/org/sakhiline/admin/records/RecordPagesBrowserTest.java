package org.sakhiline.admin.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sakhiline.messaging.ProviderReadiness;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.ConsolePageChecks;
import org.sakhiline.testing.ScopedBooks;

/**
 * The record pages as a staff member of a village organisation sees them in headless Chromium, at 390 and
 * 1366 px, in English, Hindi and Urdu: no sideways scroll, no raw code or id, every time with its zone, no
 * serious accessibility problem (axe-core); screenshots in target/screenshots/records-*.
 */
@QuarkusTest
class RecordPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ScopedBooks books;

    @Test
    void everyRecordPageReadsWellOnAPhoneAndALaptopInThreeLanguages() {
        // No provider: the banner is part of what is checked on the outbox pages.
        QuarkusMock.installMockForType(new ProviderReadiness(() -> false, () -> false), ProviderReadiness.class);
        ScopedBooks.Branch b = books.create();
        browser.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        ConsolePageChecks.walk(browser, List.of(
                "/admin/outbox", "/admin/outbox?status=failed&group=" + b.shgCode(), "/admin/outbox/" + b.failedMessageId(),
                "/admin/members?q=Sunita", "/admin/members/" + b.memberId(), "/admin/members/" + b.memberId() + "/edit",
                "/admin/members/" + b.memberId() + "/pin",
                "/admin/reminder-rules", "/admin/reminder-rules/" + b.ruleId() + "/edit",
                "/admin/org-units", "/admin/org-units/" + b.shgId(), "/admin/staff/" + b.staffId() + "/edit"), "records");
    }

    @Test
    void onAPhoneTheReverseButtonIsReachableAndAmountsDoNotBreak() {
        QuarkusMock.installMockForType(new ProviderReadiness(() -> false, () -> true), ProviderReadiness.class);
        ScopedBooks.Branch b = books.create();
        browser.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        ConsolePageChecks.width(browser, ConsolePageChecks.PHONE);
        try {
            browser.open("/admin/members/" + b.memberId());
            WebElement reverse = browser.driver().findElement(By.cssSelector("#txn-" + b.depositTxnId() + " details.reverse summary"));
            long right = ((Number) browser.js("const r = arguments[0].getBoundingClientRect(); return r.right;", reverse)).longValue();
            assertTrue(right <= ConsolePageChecks.PHONE, "the Reverse button ends at " + right + " px, past the screen");
            long height = ((Number) browser.js("return arguments[0].getBoundingClientRect().height;", reverse)).longValue();
            assertTrue(height >= 44, "the Reverse button is " + height + " px tall");
            // An amount stays on one line: its box is one line high.
            WebElement amount = browser.driver().findElement(By.cssSelector("#txn-" + b.depositTxnId() + " td.num:nth-of-type(4)"));
            long lines = ((Number) browser.js("const e = arguments[0]; const r = document.createRange(); r.selectNodeContents(e);"
                    + " return r.getClientRects().length;", amount)).longValue();
            assertEquals(1, lines, "the amount " + amount.getText() + " breaks over lines");

            browser.open("/admin/outbox");
            assertTrue(browser.textOf(By.id("provider-banner")).contains("No SMS provider is configured"),
                    browser.textOf(By.id("provider-banner")));
            browser.screenshot("records-outbox-banner-390");
        } finally {
            browser.desktopViewport();
        }
    }
}
