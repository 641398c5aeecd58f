package org.sakhiline.admin.passbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * The passbook on hand-built books: opening and closing balances by value date (a late entry lands on its own date),
 * the loan's instalments and repayments in the period, her language and script, paging, and scope.
 */
@QuarkusTest
class PassbookPagesTest {

    @Inject
    ScopedBooks books;
    @Inject
    SavingsService savings;
    @Inject
    EntityManager em;

    @Test
    void openingAndClosingBalancesFollowTheValueDatesInHerLanguage() {
        // Rs 1,25,300 deposited 7 Jan 2026; a Rs 10,000 loan (flat 1% a month, 5 monthly instalments from 7 Feb); Rs 1,000 repaid 7 Feb.
        ScopedBooks.Branch b = books.create();
        QuarkusTransaction.requiringNew().run(() -> {
            savings.deposit(b.memberId(), 500_00, ctx(LocalDate.of(2026, 2, 10)));
            savings.withdraw(b.memberId(), 300_00, ctx(LocalDate.of(2026, 3, 5)));
            savings.deposit(b.memberId(), 200_00, ctx(LocalDate.of(2026, 1, 20))); // posted last, dated before the period
        });
        ConsoleAuth.Session staff = ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        Document page = passbook(staff, b.memberId(), "?from=2026-02-01&to=2026-03-31");

        assertEquals("hi", page.selectFirst("#passbook").attr("lang"));
        assertEquals("ltr", page.selectFirst("#passbook").attr("dir"));
        assertEquals("पासबुक: " + b.nativeName(), page.selectFirst("#passbook h1").text());
        assertEquals("अवधि: 1 फ़रवरी 2026 – 31 मार्च 2026", page.selectFirst("#range").text());
        assertEquals("Rs 1,25,500", page.selectFirst("#opening").text());
        assertEquals("Rs 500", page.selectFirst("#deposited").text());
        assertEquals("Rs 300", page.selectFirst("#withdrawn").text());
        assertEquals("Rs 1,25,700", page.selectFirst("#closing").text());
        List<List<String>> rows = page.select("#entries tbody tr").stream()
                .map(r -> r.children().stream().map(org.jsoup.nodes.Element::text).toList()).toList();
        assertEquals(List.of(
                List.of("1 फ़रवरी 2026", "शुरुआती शेष", "", "Rs 1,25,500"),
                List.of("10 फ़रवरी 2026", "जमा", "Rs 500", "Rs 1,26,000"),
                List.of("5 मार्च 2026", "निकासी", "-Rs 300", "Rs 1,25,700"),
                List.of("31 मार्च 2026", "अंतिम शेष", "", "Rs 1,25,700")), rows);

        String loan = "#loan-" + b.loanId();
        assertEquals("Rs 10,500", page.selectFirst(loan + "-start").text(), "nothing repaid before 1 Feb");
        assertEquals("Rs 9,500", page.selectFirst(loan + "-end").text());
        assertEquals(List.of(List.of("1", "7 फ़रवरी 2026", "Rs 2,100", "Rs 1,000"), List.of("2", "7 मार्च 2026", "Rs 2,100", "Rs 0")),
                page.select(loan + " table").get(0).select("tbody tr").stream().map(r -> r.children().eachText()).toList());
        assertEquals(List.of("7 फ़रवरी 2026", "Rs 1,000"), page.select(loan + " table").get(1).select("tbody tr td").eachText());
    }

    @Test
    void urduReadsRightToLeftAndRomanHindiInLatinLetters() {
        ScopedBooks.Branch b = books.create();
        ConsoleAuth.Session staff = ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        setLanguage(b.memberId(), "ur", "NATIVE");
        Document urdu = passbook(staff, b.memberId(), "?from=2026-01-01&to=2026-01-31");
        assertEquals("ur", urdu.selectFirst("#passbook").attr("lang"));
        assertEquals("rtl", urdu.selectFirst("#passbook").attr("dir"));
        assertTrue(urdu.selectFirst("#passbook h1").text().startsWith("پاس بک"), urdu.selectFirst("#passbook h1").text());
        assertEquals("Rs 0", urdu.selectFirst("#opening").text());
        assertEquals("Rs 1,25,300", urdu.selectFirst("#closing").text(), "an Indian group's books keep lakh grouping");

        setLanguage(b.memberId(), "hi", "ROMAN");
        Document roman = passbook(staff, b.memberId(), "?from=2026-01-01&to=2026-01-31");
        assertEquals("hi-Latn", roman.selectFirst("#passbook").attr("lang"));
        assertEquals("Passbook: Sunita Scope", roman.selectFirst("#passbook h1").text());
        assertEquals("Avadhi: 1 Jan 2026 – 31 Jan 2026", roman.selectFirst("#range").text());
    }

    @Test
    void longPeriodsArePagedAndEachPageCarriesItsOpeningBalance() {
        ScopedBooks.Branch b = books.create();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 60; i++) {
                savings.deposit(b.memberId(), i * 100L, ctx(LocalDate.of(2026, 5, 1).plusDays(i % 28)));
            }
        });
        ConsoleAuth.Session staff = ConsoleAuth.signIn(b.staffUser(), ScopedBooks.STAFF_PASSWORD);
        Document first = passbook(staff, b.memberId(), "?from=2026-05-01&to=2026-05-31");
        assertEquals(51, first.select("#entries tbody tr").size(), "the opening row and 50 entries; no closing row yet");
        String lastBalanceOnFirst = first.select("#entries tbody tr").last().child(3).text();
        String next = first.selectFirst("#next-page").attr("href");
        assertEquals("/admin/members/" + b.memberId() + "/passbook?from=2026-05-01&to=2026-05-31&page=1", next);

        Document second = passbook(staff, b.memberId(), next.substring(next.indexOf('?')));
        assertEquals(lastBalanceOnFirst, second.selectFirst("#entries tr.opening").child(3).text());
        assertEquals(12, second.select("#entries tbody tr").size(), "opening, 10 entries, closing");
        // Rs 1,25,300 + (1 + 2 + ... + 60) rupees = Rs 1,27,130.
        assertEquals("Rs 1,27,130", second.selectFirst("#closing").text());
        assertEquals("Rs 1,27,130", second.selectFirst("#entries tr.closing").child(3).text());
        assertNull(second.selectFirst("#next-page"));
    }

    @Test
    void anotherVosStaffIsRefusedAndABadPeriodFallsBackWithAReason() {
        ScopedBooks.Branch mine = books.create();
        ScopedBooks.Branch other = books.create();
        ConsoleAuth.Session staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
        staff.given().get("/admin/members/" + other.memberId() + "/passbook").then().statusCode(403);
        staff.given().get("/admin/members/999999999/passbook").then().statusCode(404);

        Document backwards = passbook(staff, mine.memberId(), "?from=2026-05-01&to=2026-04-01");
        assertTrue(backwards.selectFirst("#period-error").text().startsWith("The period ends before it starts"));
        Document garbage = passbook(staff, mine.memberId(), "?from=yesterday&to=%3Cscript%3E");
        assertTrue(garbage.selectFirst("#period-error").text().startsWith("Dates are written like 2026-04-01"));
        Document member = Jsoup.parse(staff.given().get("/admin/members/" + mine.memberId()).then().statusCode(200).extract().asString());
        assertEquals("/admin/members/" + mine.memberId() + "/passbook", member.selectFirst("#passbook-link").attr("href"));
    }

    private void setLanguage(long memberId, String language, String script) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE member SET language = ?1, script = ?2 WHERE id = ?3")
                .setParameter(1, language).setParameter(2, script).setParameter(3, memberId).executeUpdate());
    }

    private static Document passbook(ConsoleAuth.Session session, long memberId, String query) {
        return Jsoup.parse(session.given().urlEncodingEnabled(false).get("/admin/members/" + memberId + "/passbook" + query)
                .then().statusCode(200).extract().asString());
    }

    private static PostingContext ctx(LocalDate day) {
        return PostingContext.of("passbook-" + UUID.randomUUID(), Channel.BOOKKEEPER, "test", day);
    }
}
