package org.sakhiline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.books.consistency.ConsistencyCheck;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.SheetFixtures;

/** The meeting-sheet API over HTTP with REST Assured: the rules, the problem codes and the scope. */
@QuarkusTest
class SheetApiTest {

    private static final String PASSWORD = "sheet-staff-password-1";

    @Inject
    SheetFixtures fixtures;
    @Inject
    ConsoleUsers users;
    @Inject
    ConsistencyCheck consistency;
    @Inject
    EntityManager em;

    private String staffOf(long unitId) {
        String name = "sheet-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> users.create(name, PASSWORD, ConsoleRole.STAFF, unitId, "Sheet staff"));
        return name;
    }

    private static RequestSpecification as(String user) {
        return ConsoleAuth.as(user, PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void aClerkEntersThePaperRegisterAndAnotherStaffMemberConfirmsIt() {
        SheetFixtures.Group g = fixtures.group(3);
        String clerk = staffOf(g.voId());
        String checker = staffOf(g.voId());
        String sheetPath = "/api/v1/meetings/" + g.meetingId() + "/sheet";

        var opened = as(clerk).get(sheetPath).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("lines.size()", equalTo(3))
                .body("lines[2].repayments[0].duePaise", equalTo(2_200_00)).extract().jsonPath();
        int version = opened.getInt("version");
        // Reading writes nothing: a sheet nobody saved reads as the draft it would open as, and the first PUT opens it.
        org.junit.jupiter.api.Assertions.assertEquals(0, opened.getLong("sheetId"));
        org.junit.jupiter.api.Assertions.assertEquals(0L, ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM meeting_sheet WHERE meeting_id = ?1").setParameter(1, g.meetingId()).getSingleResult()).longValue());
        Map<String, Object> draft = Map.of("version", version, "cashCountedPaise", 2_300_00, "lines", List.of(
                Map.of("memberId", g.leaderId(), "attendance", "ABSENT"),
                Map.of("memberId", g.bookkeeperId(), "attendance", "LEAVE"),
                Map.of("memberId", g.borrowerId(), "attendance", "PRESENT", "savingsPaise", 100_00,
                        "repayments", List.of(Map.of("loanId", g.loanId(), "amountPaise", 2_200_00)))));

        as(clerk).body(draft).put(sheetPath).then().statusCode(200)
                .body("version", equalTo(version + 1)).body("totals.collectedPaise", equalTo(2_300_00))
                .body("totals.differencePaise", equalTo(0));
        as(checker).body(draft).put(sheetPath).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("stale-version"));
        as(clerk).header("If-Match", "\"" + (version + 1) + "\"").body(Map.of("lines", List.of(Map.of("memberId", g.borrowerId(),
                        "attendance", "PRESENT", "savingsPaise", 100_50))))
                .put(sheetPath).then().statusCode(422).body("type", containsString("not-whole-rupees"));
        as(clerk).body(Map.of("version", version + 1, "lines", List.of(Map.of("memberId", g.borrowerId(), "attendance", "PRESENT",
                        "repayments", List.of(Map.of("loanId", g.loanId(), "amountPaise", 20_000_00))))))
                .put(sheetPath).then().statusCode(422).body("type", containsString("repayment-over-outstanding"));
        as(clerk).body(Map.of("version", version + 1, "lines", List.of(Map.of("memberId", g.borrowerId(), "attendance", "PRESENT",
                        "savingsPaise", -100))))
                .put(sheetPath).then().statusCode(400).body("type", containsString("invalid-input"));
        as(checker).post(sheetPath + "/confirm").then().statusCode(422).body("type", containsString("sheet-not-submitted"));

        as(clerk).post(sheetPath + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(clerk).post(sheetPath + "/confirm").then().statusCode(403).body("type", containsString("maker-is-checker"));
        as(checker).get("/api/v1/sheets?status=SUBMITTED").then().statusCode(200)
                .body("meetingId", hasItem((int) g.meetingId()));

        as(checker).post(sheetPath + "/confirm").then().statusCode(200)
                .body("alreadyConfirmed", equalTo(false)).body("postings", equalTo(2)).body("receipts", equalTo(1))
                .body("sheet.status", equalTo("CONFIRMED"));
        as(checker).post(sheetPath + "/confirm").then().statusCode(200)
                .body("alreadyConfirmed", equalTo(true)).body("postings", equalTo(0));
        as(clerk).body(draft).put(sheetPath).then().statusCode(422).body("type", containsString("sheet-not-draft"));

        as(checker).get(sheetPath + "/history").then().statusCode(200)
                .body("events.event", equalTo(List.of("OPENED", "SAVED", "SUBMITTED", "CONFIRMED")))
                .body("events[3].actor", equalTo("console:" + checker)).body("events[3].channel", equalTo("API"));
        List<?> row = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT channel, actor, value_date"
                + " FROM savings_txn WHERE sheet_id = (SELECT id FROM meeting_sheet WHERE meeting_id = ?1)")
                .setParameter(1, g.meetingId()).getResultList());
        Object[] posted = (Object[]) row.get(0);
        assertEquals(List.of("MEETING", "console:" + checker, g.meetingDate().toString()),
                List.of(posted[0], posted[1], posted[2].toString()));
        long audits = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event"
                + " WHERE entity_type = 'meeting_sheet' AND action = 'sheet.confirmed' AND actor = ?1").setParameter(1, checker)
                .getSingleResult()).longValue());
        assertEquals(1, audits);
        long sheetId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT id FROM meeting_sheet"
                + " WHERE meeting_id = ?1").setParameter(1, g.meetingId()).getSingleResult()).longValue());
        SheetFixtures.assertConsistent(consistency.check(), g, sheetId);
    }

    @Test
    void aRejectNeedsAReasonAndSendsTheSheetBack() {
        SheetFixtures.Group g = fixtures.group(3);
        fixtures.submitted(g);
        String checker = staffOf(g.voId());
        String sheetPath = "/api/v1/meetings/" + g.meetingId() + "/sheet";

        as(checker).body(Map.of("reason", " ")).post(sheetPath + "/reject").then().statusCode(400);
        as(checker).body(Map.of("reason", "cash does not match the register")).post(sheetPath + "/reject").then()
                .statusCode(200).body("status", equalTo("DRAFT")).body("rejectedReason", equalTo("cash does not match the register"));
        as(checker).get(sheetPath + "/history").then().body("events.event", hasItem("REJECTED"))
                .body("events.find { it.event == 'REJECTED' }.note", equalTo("cash does not match the register"));
    }

    @Test
    void staffOfAnotherBranchGetWhatOtherRecordsGiveThem() {
        SheetFixtures.Group g = fixtures.group(3);
        SheetFixtures.Group other = fixtures.group(2);
        fixtures.submitted(g);
        String outsider = staffOf(other.voId());
        String sheetPath = "/api/v1/meetings/" + g.meetingId() + "/sheet";

        as(outsider).get(sheetPath).then().statusCode(403).body("type", containsString("forbidden"));
        as(outsider).body(Map.of("version", 0)).put(sheetPath).then().statusCode(403);
        as(outsider).post(sheetPath + "/confirm").then().statusCode(403);
        as(outsider).body(Map.of("reason", "no")).post(sheetPath + "/reject").then().statusCode(403);
        as(outsider).get("/api/v1/members/" + g.leaderId()).then().statusCode(403);
        as(outsider).get("/api/v1/sheets").then().statusCode(200).body("meetingId", not(hasItem((int) g.meetingId())));
        given().get(sheetPath).then().statusCode(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheSheet() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/meetings/{id}/sheet/confirm")).body(containsString("maker-is-checker"));
    }
}
