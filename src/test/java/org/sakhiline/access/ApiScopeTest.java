package org.sakhiline.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * The JSON API under a STAFF account: everything of her own VO answers, everything of another VO is a 403
 * (problem+json), lists and searches hold only her subtree, and whole-service operations are for
 * administrators.
 */
@QuarkusTest
class ApiScopeTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ScopedBooks books;

    @Inject
    EntityManager em;

    ScopedBooks.Branch mine;
    ScopedBooks.Branch other;

    @BeforeEach
    void twoVillageOrganisations() {
        mine = books.create();
        other = books.create();
    }

    private RequestSpecification staff() {
        return ConsoleAuth.as(mine.staffUser(), ScopedBooks.STAFF_PASSWORD).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private void forbidden(io.restassured.response.Response r) {
        r.then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void staffReadsHerOwnBooks() {
        staff().get("/api/v1/org-units/" + mine.voId()).then().statusCode(200);
        staff().get("/api/v1/org-units/" + mine.shgId()).then().statusCode(200).body("code", equalTo(mine.shgCode()));
        staff().get("/api/v1/org-units/" + mine.shgId() + "/meetings?from=2026-01-01&to=2026-01-31").then().statusCode(200);
        staff().get("/api/v1/org-units/" + mine.shgId() + "/next-meeting").then().statusCode(200);
        staff().get("/api/v1/members/" + mine.memberId()).then().statusCode(200);
        staff().get("/api/v1/members/" + mine.memberId() + "/savings").then().statusCode(200);
        staff().get("/api/v1/members/" + mine.memberId() + "/loans").then().statusCode(200);
        staff().get("/api/v1/members/" + mine.memberId() + "/dues").then().statusCode(200);
        staff().get("/api/v1/savings/" + mine.depositTxnId()).then().statusCode(200);
        staff().get("/api/v1/loans/" + mine.loanId()).then().statusCode(200);
        staff().get("/api/v1/meetings/" + mine.meetingId() + "/attendance").then().statusCode(200);
        staff().get("/api/v1/staff/" + mine.staffId()).then().statusCode(200);
        staff().get("/api/v1/reminder-rules/" + mine.ruleId()).then().statusCode(200);
        staff().get("/api/v1/reminder-rules/effective?orgUnitId=" + mine.shgId()).then().statusCode(200);
        staff().get("/api/v1/reminders/members/" + mine.memberId() + "/preference").then().statusCode(200);
    }

    @Test
    void staffIsRefusedEveryRecordOfAnotherVo() {
        forbidden(staff().get("/api/v1/org-units/" + other.voId()));
        forbidden(staff().get("/api/v1/org-units/" + other.shgId()));
        forbidden(staff().get("/api/v1/org-units/" + other.shgId() + "/meetings"));
        forbidden(staff().get("/api/v1/org-units/" + other.shgId() + "/next-meeting"));
        forbidden(staff().body(Map.of("from", "2026-03-01", "to", "2026-03-31"))
                .post("/api/v1/org-units/" + other.shgId() + "/meetings/generate"));
        forbidden(staff().get("/api/v1/members/" + other.memberId()));
        forbidden(staff().get("/api/v1/members/" + other.memberId() + "/savings"));
        forbidden(staff().get("/api/v1/members/" + other.memberId() + "/loans"));
        forbidden(staff().get("/api/v1/members/" + other.memberId() + "/dues"));
        forbidden(staff().body(Map.of("pin", "1234")).put("/api/v1/members/" + other.memberId() + "/pin"));
        forbidden(staff().header("Idempotency-Key", BooksFixtures.unique("k"))
                .body(Map.of("type", "DEPOSIT", "amountPaise", 100)).post("/api/v1/members/" + other.memberId() + "/savings"));
        forbidden(staff().body(Map.of("shgId", other.shgId(), "name", "Intruder", "language", "hi", "script", "NATIVE"))
                .post("/api/v1/members"));
        forbidden(staff().get("/api/v1/savings/" + other.depositTxnId()));
        forbidden(staff().header("Idempotency-Key", BooksFixtures.unique("k")).post("/api/v1/savings/" + other.depositTxnId() + "/reversal"));
        forbidden(staff().get("/api/v1/loans/" + other.loanId()));
        forbidden(staff().header("Idempotency-Key", BooksFixtures.unique("k")).body(Map.of("amountPaise", 100))
                .post("/api/v1/loans/" + other.loanId() + "/repayments"));
        forbidden(staff().header("Idempotency-Key", BooksFixtures.unique("k"))
                .post("/api/v1/loan-repayments/" + other.repaymentId() + "/reversal"));
        forbidden(staff().get("/api/v1/meetings/" + other.meetingId() + "/attendance"));
        forbidden(staff().body(Map.of("presentMemberIds", List.of())).post("/api/v1/meetings/" + other.meetingId() + "/attendance"));
        forbidden(staff().post("/api/v1/meetings/" + other.meetingId() + "/cancellation"));
        forbidden(staff().get("/api/v1/staff/" + other.staffId()));
        forbidden(staff().body(Map.of("pin", "1234")).put("/api/v1/staff/" + other.staffId() + "/pin"));
        forbidden(staff().body(Map.of("name", "Mitra", "phoneE164", BooksFixtures.phone(), "role", "BANK_MITRA",
                "orgUnitId", other.shgId())).post("/api/v1/staff"));
        forbidden(staff().get("/api/v1/reminder-rules/" + other.ruleId()));
        forbidden(staff().get("/api/v1/reminder-rules/effective?orgUnitId=" + other.shgId()));
        forbidden(staff().delete("/api/v1/reminder-rules/" + other.ruleId()));
        forbidden(staff().body(Map.of("orgUnitId", other.shgId(), "kind", "INSTALMENT_DUE", "daysOffset", 1, "sendAt", "18:00",
                "channel", "SMS")).post("/api/v1/reminder-rules"));
        forbidden(staff().body(Map.of("orgUnitId", other.shgId(), "kind", "MEETING", "daysOffset", 2, "sendAt", "18:00",
                "channel", "SMS")).put("/api/v1/reminder-rules/" + other.ruleId()));
        forbidden(staff().get("/api/v1/reminders/members/" + other.memberId() + "/preference"));
        forbidden(staff().body(Map.of("stopped", true)).put("/api/v1/reminders/members/" + other.memberId() + "/preference"));
        forbidden(staff().body(Map.of("memberId", other.memberId(), "message", "hello")).post("/api/v1/calls"));

        // Nothing was changed on the other side.
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM savings_txn WHERE reverses_txn_id = ?1")
                .setParameter(1, other.depositTxnId()).getSingleResult()).longValue());
        ConsoleAuth.asAdmin().get("/api/v1/reminder-rules/" + other.ruleId()).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void listsAndSearchesHoldOnlyHerSubtree() {
        // Both members share the Latin name: the search alone would find both.
        staff().get("/api/v1/members?q=Sunita Scope&size=200").then().statusCode(200)
                .body("items.memberId", hasItem((int) mine.memberId()))
                .body("items.memberId", not(hasItem((int) other.memberId())))
                .body("items.shgId", everyItem(equalTo((int) mine.shgId())));
        ConsoleAuth.asAdmin().get("/api/v1/members?q=Sunita Scope&size=200").then().statusCode(200)
                .body("items.memberId", hasItem((int) mine.memberId())).body("items.memberId", hasItem((int) other.memberId()));
        forbidden(staff().get("/api/v1/members?shgId=" + other.shgId()));

        staff().get("/api/v1/org-units?size=200").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", everyItem(in(List.of((int) mine.voId(), (int) mine.shgId()))));
        staff().get("/api/v1/org-units?parentId=" + mine.voId()).then().statusCode(200).body("items.id", equalTo(List.of((int) mine.shgId())));
        forbidden(staff().get("/api/v1/org-units?parentId=" + other.voId()));
        ConsoleAuth.asAdmin().get("/api/v1/org-units?level=VO&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) other.voId()));

        staff().get("/api/v1/staff?size=200").then().statusCode(200).body("items.staffId", equalTo(List.of((int) mine.staffId())));
        forbidden(staff().get("/api/v1/staff?orgUnitId=" + other.shgId()));

        staff().get("/api/v1/reminder-rules").then().statusCode(200).body("id", equalTo(List.of((int) mine.ruleId())));
        forbidden(staff().get("/api/v1/reminder-rules?orgUnitId=" + other.shgId()));
        ConsoleAuth.asAdmin().get("/api/v1/reminder-rules").then().statusCode(200)
                .body("id", hasItem((int) mine.ruleId())).body("id", hasItem((int) other.ruleId()));
    }

    @Test
    void staffWritesInsideHerSubtree() {
        long member = staff().body(Map.of("shgId", mine.shgId(), "name", "New Member", "language", "hi", "script", "NATIVE"))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("member.memberId");
        staff().header("Idempotency-Key", BooksFixtures.unique("k")).body(Map.of("type", "DEPOSIT", "amountPaise", 5_000))
                .post("/api/v1/members/" + member + "/savings").then().statusCode(201);
        staff().body(Map.of("parentId", mine.voId(), "level", "SHG", "country", "IN", "code", BooksFixtures.unique("SHG"),
                        "name", "Second SHG", "shgProfile", Map.of("formationDate", "2024-01-01", "meetingFrequency", "WEEKLY",
                                "meetingDayOfWeek", 2, "meetingTime", "11:00:00", "meetingPlace", "School",
                                "timeZone", "Asia/Kolkata", "defaultLanguage", "hi", "defaultSavingsPaise", 5000)))
                .post("/api/v1/org-units").then().statusCode(201);
        staff().body(Map.of("name", "Mitra Two", "phoneE164", BooksFixtures.phone(), "role", "ADMINISTRATOR",
                "orgUnitId", mine.shgId())).post("/api/v1/staff").then().statusCode(201);
    }

    @Test
    void staffCannotPutAnotherVosPhoneOnHerRecords() {
        // Phones are not unique: planting a number from another VO would put her on that woman's handset.
        forbidden(staff().body(Map.of("shgId", mine.shgId(), "name", "Planted", "language", "hi", "script", "NATIVE",
                "phones", java.util.List.of(other.phone()))).post("/api/v1/members"));
        forbidden(staff().body(Map.of("name", "Planted Mitra", "phoneE164", other.phone(), "role", "BANK_MITRA",
                "orgUnitId", mine.shgId())).post("/api/v1/staff"));
        // her own group's numbers are fine (a household sharing a handset)
        staff().body(Map.of("shgId", mine.shgId(), "name", "Sister", "language", "hi", "script", "NATIVE",
                "phones", java.util.List.of(mine.phone()))).post("/api/v1/members").then().statusCode(201);
        // an administrator may link a household across groups
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(Map.of("shgId", mine.shgId(), "name", "Cousin",
                "language", "hi", "script", "NATIVE", "phones", java.util.List.of(other.phone())))
                .post("/api/v1/members").then().statusCode(201);
    }

    @Test
    void aCallersDedupeKeyCannotSuppressAReminder() {
        String reminderKey = "rem:mtg:" + other.memberId() + ":2030-01-01:r1:voice";
        staff().body(Map.of("memberId", mine.memberId(), "message", "namaste", "dedupeKey", reminderKey))
                .post("/api/v1/calls").then().statusCode(202);
        Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?1")
                .setParameter(1, reminderKey).getSingleResult();
        org.junit.jupiter.api.Assertions.assertEquals(0, taken.intValue(), "the reminder's key must stay free");
        // Leave no pending call behind for tests that dispatch every due VOICE row.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE outbox_message SET status = 'DEAD' WHERE dedupe_key LIKE ?1")
                .setParameter(1, "api-call:" + mine.memberId() + ":%").executeUpdate());
    }

    @Test
    void wholeServiceOperationsAreForAdministrators() {
        forbidden(staff().get("/api/v1/consistency"));
        forbidden(staff().post("/api/v1/consistency/rebuild"));
        forbidden(staff().post("/api/v1/reminders/plan?at=2026-01-07T12:00:00Z"));
        forbidden(staff().body(Map.of("level", "VO", "country", "IN", "code", BooksFixtures.unique("VO"), "name", "Top VO"))
                .post("/api/v1/org-units"));
        forbidden(staff().body(Map.of("name", "Federation admin", "phoneE164", BooksFixtures.phone(), "role", "ADMINISTRATOR",
                "orgUnitId", mine.voId())).post("/api/v1/staff"));
        ConsoleAuth.asAdmin().body(Map.of("name", "Federation admin", "phoneE164", BooksFixtures.phone(), "role", "ADMINISTRATOR",
                "orgUnitId", mine.voId())).contentType(ContentType.JSON).post("/api/v1/staff").then().statusCode(201);
        ConsoleAuth.asAdmin().get("/api/v1/consistency").then().statusCode(200);
    }
}
