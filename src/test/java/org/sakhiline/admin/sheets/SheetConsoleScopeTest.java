package org.sakhiline.admin.sheets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetEdit;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.SheetFixtures;

/**
 * The sheet pages' guards over plain HTTP, as a browser would post: another part of the federation gets the
 * console's usual 403 and changes nothing, a form without the CSRF token is refused, the maker cannot confirm,
 * a double confirm posts once, bad amounts are answered on the page, and every action leaves an audit row.
 */
@QuarkusTest
class SheetConsoleScopeTest {

    @Inject
    ConsoleSheetBooks books;
    @Inject
    MeetingSheets sheets;
    @Inject
    EntityManager em;

    @Test
    void aStaffUserOfAnotherVoGetsTheConsolesUsualRefusalAndChangesNothing() {
        ConsoleSheetBooks.Desk desk = books.create();
        SheetFixtures.Group g = desk.group();
        long sheetId = submitted(desk);
        ConsoleAuth.Session outsider = ConsoleAuth.signIn(desk.outsider(), ConsoleSheetBooks.PASSWORD);
        String csrf = outsider.csrfFrom("/admin/sheets");

        String usual = outsider.given().get("/admin/org-units/" + g.shgId()).then().statusCode(403).extract().asString();
        assertEquals(usual, outsider.given().get("/admin/sheets/" + sheetId).then().statusCode(403).extract().asString());
        assertEquals(usual, outsider.given().get("/admin/sheets/groups/" + g.shgId()).then().statusCode(403).extract().asString());
        for (String action : List.of("/confirm", "/reject", "", "/members/" + g.memberIds().get(0) + "/correction")) {
            outsider.given().formParam("csrf", csrf).formParam("reason", "not mine to judge").formParam("version", "1")
                    .post("/admin/sheets/" + sheetId + action).then().statusCode(403);
        }
        outsider.given().formParam("csrf", csrf).post("/admin/sheets/meetings/" + g.meetingId()).then().statusCode(403);
        outsider.given().get("/admin/sheets").then().statusCode(200)
                .body(not(containsString("/admin/sheets/" + sheetId + "\"")));
        assertEquals(SheetStatus.SUBMITTED, sheets.view(sheetId).status());
    }

    @Test
    void formsWithoutTheTokenAndConfirmsByTheMakerAreRefused_aDoubleConfirmPostsOnce() {
        ConsoleSheetBooks.Desk desk = books.create();
        SheetFixtures.Group g = desk.group();
        long sheetId = submitted(desk);
        ConsoleAuth.Session maker = ConsoleAuth.signIn(desk.maker(), ConsoleSheetBooks.PASSWORD);
        String makerCsrf = maker.csrfFrom("/admin/sheets/" + sheetId);
        maker.given().post("/admin/sheets/" + sheetId + "/confirm").then().statusCode(403)
                .body(containsString("did not come from this console"));
        maker.given().formParam("csrf", makerCsrf).post("/admin/sheets/" + sheetId + "/confirm").then().statusCode(403)
                .body(containsString("another person must confirm it"));
        assertEquals(SheetStatus.SUBMITTED, sheets.view(sheetId).status());

        ConsoleAuth.Session checker = ConsoleAuth.signIn(desk.checker(), ConsoleSheetBooks.PASSWORD);
        String csrf = checker.csrfFrom("/admin/sheets/" + sheetId);
        checker.given().formParam("csrf", csrf).post("/admin/sheets/" + sheetId + "/confirm").then().statusCode(303)
                .header("Location", containsString("done=confirmed"));
        checker.given().formParam("csrf", csrf).post("/admin/sheets/" + sheetId + "/confirm").then().statusCode(303)
                .header("Location", containsString("done=already"));
        Number postings = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM savings_txn WHERE sheet_id = ?1").setParameter(1, sheetId).getSingleResult());
        assertEquals(g.memberIds().size(), postings.intValue(), "one savings posting per member, once");
        List<?> audited = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT action FROM audit_event WHERE entity_id = ?1 AND action LIKE '%sheet%' ORDER BY id")
                .setParameter(1, Long.toString(sheetId)).getResultList());
        assertTrue(audited.size() >= 3, "open, submit and confirm are audited: " + audited);
    }

    @Test
    void amountsThatAreNotWholeRupeesOrNotNumbersAreAnsweredOnThePageWithWhatSheTyped() {
        ConsoleSheetBooks.Desk desk = books.create();
        SheetFixtures.Group g = desk.group();
        ConsoleAuth.Session maker = ConsoleAuth.signIn(desk.maker(), ConsoleSheetBooks.PASSWORD);
        String csrf = maker.csrfFrom("/admin/sheets/groups/" + g.shgId());
        String location = maker.given().formParam("csrf", csrf).post("/admin/sheets/meetings/" + g.meetingId())
                .then().statusCode(303).extract().header("Location");
        long sheetId = Long.parseLong(location.replaceAll("^.*/admin/sheets/([0-9]+).*$", "$1"));
        long leader = g.leaderId();
        long version = sheets.view(sheetId).version();
        maker.given().formParam("csrf", csrf).formParam("version", version).formParam("a" + leader, "PRESENT")
                .formParam("s" + leader, "twelve").post("/admin/sheets/" + sheetId).then().statusCode(400)
                .body(containsString("Member 1 (no. 1), savings: write the amount in rupees with digits only"))
                .body(containsString("value=\"twelve\""));
        maker.given().formParam("csrf", csrf).formParam("version", version).formParam("a" + leader, "PRESENT")
                .formParam("s" + leader, "12.50").post("/admin/sheets/" + sheetId).then().statusCode(422)
                .body(containsString("Member 1 (no. 1), savings: amounts are whole rupees"))
                .body(containsString("value=\"12.50\""));
        maker.given().formParam("csrf", csrf).formParam("version", version).formParam("a" + leader, "SOMETIMES")
                .post("/admin/sheets/" + sheetId).then().statusCode(400).body(containsString("choose present, absent or on leave"));
        assertEquals(version, sheets.view(sheetId).version(), "nothing was saved");
    }

    /** A sheet entered and submitted by the maker in the console, waiting for a checker. */
    private long submitted(ConsoleSheetBooks.Desk desk) {
        SheetFixtures.Group g = desk.group();
        SheetActor maker = SheetActor.console(desk.maker(), Channel.CONSOLE);
        SheetView v = sheets.open(g.meetingId(), maker, Instant.now());
        List<SheetEdit> edits = new ArrayList<>();
        for (SheetLine line : v.lines()) {
            edits.add(new SheetEdit(line.memberId(), LineEntry.asShown(line)));
        }
        v = sheets.save(v.sheetId(), v.version(), edits, v.totals().collectedPaise(), maker);
        v = sheets.save(v.sheetId(), v.version(), List.of(), v.totals().collectedPaise(), maker);
        return sheets.submit(v.sheetId(), maker).sheetId();
    }
}
