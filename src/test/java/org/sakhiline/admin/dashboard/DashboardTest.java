package org.sakhiline.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.messaging.ProviderReadiness;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * The dashboard on hand-built books, read as the STAFF user of one VO (so other tests' rows never count): its
 * attention items appear and disappear with the books, its tables carry the ledger's numbers, and she sees
 * nothing of another VO.
 */
@QuarkusTest
class DashboardTest {

    @Inject
    ScopedBooks books;
    @Inject
    MeetingService meetings;
    @Inject
    LoanService loans;
    @Inject
    org.sakhiline.books.savings.SavingsService savings;
    @Inject
    EntityManager em;

    @Test
    void attentionItemsAppearWithTheTroubleAndGoWhenItIsDealtWith() {
        ScopedBooks.Branch b = books.create();
        ConsoleAuth.Session staff = ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);

        Document page = dashboard(staff);
        assertEquals("1 group has held no meeting in 3 weeks", text(page, "#quiet-groups .attention-text"));
        assertEquals("/admin/dashboard/quiet-groups", page.selectFirst("#quiet-groups a").attr("href"));
        assertEquals("1 message failed to send in the last 7 days", text(page, "#messages-failed .attention-text"));
        assertEquals("/admin/outbox?status=failed", page.selectFirst("#messages-failed a").attr("href"));
        // Rs 10,000 lent in January, five monthly instalments from February, only Rs 1,000 repaid: all of it at risk.
        String par = "#par-vo-" + b.voId();
        assertEquals("Scope VO (" + b.voCode() + "): 100% of loans outstanding are more than 30 days overdue",
                text(page, par + " .attention-text"));
        assertEquals("Rs 9,100 of Rs 9,100 in 1 loan; the limit is 5%.", text(page, par + " .attention-detail"));
        assertEquals("/admin/reports/par?unit=" + b.voId(), page.selectFirst(par + " a").attr("href"));
        assertEquals(List.of("Scope VO (" + b.voCode() + ")", "100%"), cells(page, "#table-par tbody tr:first-child"));
        assertEquals("/admin/reports/par?unit=" + b.voId(), page.selectFirst("#table-par tbody tr a").attr("href"));
        assertTrue(page.selectFirst("#as-of").text().matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} IST"),
                page.selectFirst("#as-of").text());

        // A meeting held this week, the message delivered after all, the loan repaid.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        QuarkusTransaction.requiringNew().run(() -> {
            long meeting = meetings.generate(b.shgId(), today.minusDays(6), today).get(0).meetingId();
            meetings.recordAttendance(meeting, List.of(b.memberId()));
            em.createNativeQuery("UPDATE outbox_message SET status = 'DELIVERED' WHERE id = ?1").setParameter(1, b.failedMessageId())
                    .executeUpdate();
            loans.repay(b.loanId(), 9_500_00, PostingContext.of("dash-" + UUID.randomUUID(), Channel.BOOKKEEPER, "test", today));
        });
        QuarkusMock.installMockForType(new ProviderReadiness(() -> true, () -> true), ProviderReadiness.class);
        page = dashboard(staff);
        assertEquals(null, page.selectFirst("#quiet-groups"), page.select("#attention").text());
        assertEquals(null, page.selectFirst("#messages-failed"), page.select("#attention").text());
        assertEquals(null, page.selectFirst("#par-vo-" + b.voId()), page.select("#attention").text());
        assertTrue(page.selectFirst("#all-well").text().startsWith("Nothing needs your attention"));
    }

    @Test
    void theTablesCarryTheLedgersNumbers() {
        ScopedBooks.Branch b = books.create();
        ConsoleAuth.Session staff = ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        Document page = dashboard(staff);

        // Deposit of Rs 1,25,300 and a loan of Rs 10,000 in Jan 2026; Rs 1,000 repaid in Feb (Rs 100 charge first).
        Element svg = page.selectFirst("#panel-savings-loans svg");
        assertEquals("img", svg.attr("role"));
        assertFalse(svg.select("title").text().isBlank());
        assertFalse(svg.select("desc").text().isBlank());
        List<String> last = cells(page, "#table-savings-loans tbody tr:last-child");
        assertEquals(List.of("Rs 1,25,300", "Rs 9,100"), last.subList(1, 3), last.toString());
        List<String> weeks = cells(page, "#table-messages tbody tr:last-child");
        assertEquals(List.of("0", "1"), weeks.subList(1, 3), "this week: the failed SMS " + weeks);
        assertEquals(12, page.select("#table-messages tbody tr").size());
        assertEquals(12, page.select("#table-savings-loans tbody tr").size());

        // A deposit back-dated to last month moves last month's and this month's balances, before and after a fold.
        LocalDate lastMonth = LocalDate.now(ZoneId.of("Asia/Kolkata")).withDayOfMonth(1).minusDays(1);
        QuarkusTransaction.requiringNew().run(() -> savings.deposit(b.memberId(), 700_00, PostingContext.of(
                "dash-" + UUID.randomUUID(), Channel.BOOKKEEPER, "test", lastMonth)));
        List<String> before = cells(dashboard(staff), "#table-savings-loans tbody tr:nth-last-child(2)");
        assertEquals("Rs 1,26,000", before.get(1), before.toString());
        assertEquals("Rs 1,26,000", cells(dashboard(staff), "#table-savings-loans tbody tr:last-child").get(1));
    }

    @Test
    void aStaffUserSeesOnlyHerOwnPartOfTheFederation() {
        ScopedBooks.Branch mine = books.create();
        ScopedBooks.Branch other = books.create();
        ConsoleAuth.Session staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
        Document page = dashboard(staff);
        assertTrue(page.selectFirst(".lead").text().startsWith("Scope VO (" + mine.voCode() + ")"), page.selectFirst(".lead").text());
        assertEquals("1 group has held no meeting in 3 weeks", text(page, "#quiet-groups .attention-text"));

        Document list = Jsoup.parse(staff.given().get("/admin/dashboard/quiet-groups").then().statusCode(200).extract().asString());
        assertEquals(List.of("Scope SHG (" + mine.shgCode() + ")"), list.select("#quiet-groups li a").eachText());
        assertFalse(list.text().contains(other.shgCode()));

        Document admin = dashboard(ConsoleAuth.signInAsAdmin());
        assertTrue(admin.selectFirst(".lead").text().startsWith("The whole federation"));
        long groups = Long.parseLong(text(admin, "#quiet-groups .attention-text").split(" ")[0]);
        assertTrue(groups >= 2, "the administrator counts both VOs' groups: " + groups);
    }

    @Test
    void aLoanRepaidInFullLeavesNothingOutstanding() {
        ScopedBooks.Branch b = books.create();
        QuarkusTransaction.requiringNew().run(() -> loans.repay(b.loanId(), 9_500_00, PostingContext.of("dash-" + UUID.randomUUID(),
                Channel.BOOKKEEPER, "test", LocalDate.of(2026, 3, 7))));
        Document page = dashboard(ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD));
        assertEquals(List.of("Rs 1,25,300", "Rs 0"), cells(page, "#table-savings-loans tbody tr:last-child").subList(1, 3));
    }

    @Inject
    org.sakhiline.testing.SheetFixtures sheetGroups;
    @Inject
    org.sakhiline.books.sheets.MeetingSheets sheets;
    @Inject
    org.sakhiline.access.ConsoleUsers consoleUsers;

    @Test
    void aSubmittedMeetingSheetWaitsOnTheDashboardUntilItIsConfirmed() {
        org.sakhiline.testing.SheetFixtures.Group g = sheetGroups.group(4);
        String user = "sheet-staff-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> consoleUsers.create(user, ScopedBooks.STAFF_PASSWORD,
                org.sakhiline.access.ConsoleRole.STAFF, g.voId(), "Staff of the sheet VO"));
        ConsoleAuth.Session staff = ConsoleAuth.signIn(user, ScopedBooks.STAFF_PASSWORD);
        assertEquals(null, dashboard(staff).selectFirst("#sheets-waiting"));

        long sheetId = sheetGroups.submitted(g).sheetId();
        Document page = dashboard(staff);
        assertEquals("1 meeting sheet is waiting for confirmation", text(page, "#sheets-waiting .attention-text"));
        assertEquals("/admin/sheets", page.selectFirst("#sheets-waiting a").attr("href"));

        sheets.confirm(sheetId, org.sakhiline.books.sheets.SheetActor.console(user, Channel.CONSOLE), java.time.Instant.now());
        assertEquals(null, dashboard(staff).selectFirst("#sheets-waiting"), "confirmed: nothing waits");
    }

    @Test
    void withNoSmsProviderTheFirstThingSheReadsIsThatNothingIsSent() {
        ScopedBooks.Branch b = books.create();
        ConsoleAuth.Session staff = ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE outbox_message SET status = 'PENDING' WHERE id = ?1")
                .setParameter(1, b.failedMessageId()).executeUpdate());

        QuarkusMock.installMockForType(new ProviderReadiness(() -> false, () -> true), ProviderReadiness.class);
        Document page = dashboard(staff);
        Element banner = page.selectFirst("#attention #provider-banner");
        assertTrue(banner != null && banner.attr("role").equals("alert"), page.select("#attention").html());
        assertEquals(banner, page.selectFirst("#attention > h2 + *"), "the banner comes before every other item");
        assertEquals("No SMS provider is configured: 1 SMS is waiting and will not be sent until one is.",
                banner.selectFirst(".attention-text").ownText());
        assertEquals("/admin/outbox?status=pending", banner.selectFirst("a").attr("href"));
        assertEquals(null, page.selectFirst("#all-well"));

        QuarkusMock.installMockForType(new ProviderReadiness(() -> false, () -> false), ProviderReadiness.class);
        assertTrue(dashboard(staff).selectFirst("#provider-banner .attention-text").ownText()
                .endsWith("No call provider is configured: no call is waiting yet, but none would be placed until one is."));

        QuarkusMock.installMockForType(new ProviderReadiness(() -> true, () -> true), ProviderReadiness.class);
        assertEquals(null, dashboard(staff).selectFirst("#provider-banner"), "a provider: no banner");
    }

    private static Document dashboard(ConsoleAuth.Session session) {
        return Jsoup.parse(session.given().get("/admin").then().statusCode(200).extract().asString());
    }

    private static String text(Document d, String css) {
        Element e = d.selectFirst(css);
        return e == null ? "(none: " + d.select("#attention").text() + ")" : e.ownText();
    }

    private static List<String> cells(Document d, String rowCss) {
        Element row = d.selectFirst(rowCss);
        return row == null ? List.of() : row.children().eachText();
    }
}
