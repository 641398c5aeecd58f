package org.sakhiline.admin.books;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sakhiline.admin.sheets.ConsoleSheetBooks;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.ConsolePageChecks;
import org.sakhiline.testing.SheetFixtures;

/**
 * Every book page (dashboard, meeting sheets, reports, passbook, imports) walked as a STAFF user of one VO, at 390 and
 * 1366 px, in English, Hindi and Urdu, through {@link ConsolePageChecks}: no sideways scroll, no raw code or id, every
 * time with its zone, no serious or critical axe finding; screenshots in target/screenshots/book-*.png. Then the
 * words themselves: the same page in Hindi and in Urdu (right to left) is in that language, numbers and all.
 */
@QuarkusTest
class BookPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ConsoleSheetBooks desks;
    @Inject
    SheetFixtures fixtures;
    @Inject
    MeetingSheets sheets;
    @Inject
    EntityManager em;

    /** A group with a confirmed meeting sheet, a refused import of hers, and the paths of every book page about them. */
    private record Walk(ConsoleSheetBooks.Desk desk, long sheetId, long importId, List<String> paths) {}

    private Walk books() {
        ConsoleSheetBooks.Desk desk = desks.create();
        SheetFixtures.Group g = desk.group();
        long sheetId = fixtures.submitted(g).sheetId();
        sheets.confirm(sheetId, SheetActor.console(desk.checker(), Channel.CONSOLE), Instant.now());
        long importId = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO import_job (kind, file_name, actor, dry_run, status, rows_seen, problem_count,"
                            + " problems_json, started_at, finished_at) VALUES ('members', 'members-walk.csv', ?1, 1, 'REFUSED', 3, 1,"
                            + " '[{\"row\":3,\"column\":\"phones\",\"value\":\"12345\",\"reason\":\"12345 is not a phone number\"}]',"
                            + " UTC_TIMESTAMP(), UTC_TIMESTAMP())")
                    .setParameter(1, desk.maker()).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM import_job WHERE actor = ?1").setParameter(1, desk.maker())
                    .getSingleResult()).longValue();
        });
        long member = g.memberIds().get(g.memberIds().size() - 1);
        String unit = "?unit=" + g.voId();
        return new Walk(desk, sheetId, importId, List.of("/admin", "/admin/dashboard/quiet-groups", "/admin/sheets",
                "/admin/sheets/groups/" + g.shgId(), "/admin/sheets/" + sheetId,
                "/admin/sheets/" + sheetId + "/members/" + member + "/correction", "/admin/reports" + unit,
                "/admin/reports/par" + unit, "/admin/reports/par?unit=" + g.shgId(), "/admin/reports/dcb" + unit,
                "/admin/reports/ratios" + unit, "/admin/reports/grading" + unit, "/admin/reports/grading/" + g.shgId(),
                "/admin/members/" + member + "/passbook", "/admin/imports", "/admin/imports/jobs/" + importId));
    }

    @Test
    void everyBookPageHoldsAtAPhonesAndALaptopsWidthInEnglishHindiAndUrdu() {
        Walk w = books();
        browser.signIn(w.desk().maker(), ConsoleSheetBooks.PASSWORD);
        ConsolePageChecks.walk(browser, w.paths(), "book");
    }

    @Test
    void wordsBuiltInJavaFollowTheReadersLanguageToo() {
        Walk w = books();
        browser.signIn(w.desk().maker(), ConsoleSheetBooks.PASSWORD);
        try {
            browser.useLanguage("hi");
            browser.open("/admin/imports/jobs/" + w.importId());
            assertEquals("members-walk.csv का आयात (सदस्य)", browser.textOf(By.tagName("h1")), "the kind of file, in Hindi");
            assertTrue(browser.textOf("summary").startsWith("3 पंक्तियों में 1 समस्या"), browser.textOf("summary"));
            browser.open("/admin/sheets/" + w.sheetId());
            assertEquals("पुष्टि हो गई", browser.textOf("sheet-status"));
            assertTrue(browser.textOf("history").contains("Meena Roy (स्टाफ़)"), "people in words: " + browser.textOf("history"));
            assertTrue(browser.textOf("history").contains("IST"), "times keep their zone: " + browser.textOf("history"));
            browser.open("/admin/reports/par?unit=" + w.desk().group().voId());
            assertEquals("जोखिम वाले ऋण", browser.textOf(By.tagName("h1")));
            assertTrue(browser.textOf("definitions").contains("बकाया: उस तारीख़ तक"), "definitions in Hindi");

            browser.useLanguage("ur");
            browser.open("/admin/sheets/" + w.sheetId());
            assertEquals("rtl", browser.js("return document.documentElement.dir;"));
            assertEquals("تصدیق ہو گئی", browser.textOf("sheet-status"));
            browser.open("/admin");
            assertEquals("توجہ طلب باتیں", browser.textOf("attention-heading"));
        } finally {
            browser.useLanguage("en");
        }
    }
}
