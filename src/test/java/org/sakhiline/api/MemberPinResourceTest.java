package org.sakhiline.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/** Staff reset of a member's PIN, through the API and the console page: scope, CSRF, idempotence and audit. */
@QuarkusTest
class MemberPinResourceTest {

    @Inject
    ScopedBooks books;

    @Inject
    MemberPins pins;

    @Inject
    EntityManager em;

    ScopedBooks.Branch mine;
    ScopedBooks.Branch other;

    @BeforeEach
    void twoVillageOrganisations() {
        mine = books.create();
        other = books.create();
    }

    /** Her PIN set and locked by three wrong tries. */
    private void lockedPin(long memberId) {
        pins.setPin(memberId, "1234");
        for (int i = 0; i < 3; i++) {
            pins.verify(memberId, "0000", Instant.now());
        }
        assertEquals(PinCheck.Outcome.LOCKED, pins.verify(memberId, "1234", Instant.now()).outcome());
    }

    private long audits(long memberId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action IN ('member.pinReset', 'member.pinRelease') AND entity_id = ?1")
                .setParameter(1, Long.toString(memberId)).getSingleResult()).longValue());
    }

    @Test
    void theApiReleasesALockThenResetsThePinOnceAndAuditsWithoutSecrets() {
        lockedPin(mine.memberId());
        String url = "/api/v1/members/" + mine.memberId() + "/pin-reset";
        ConsoleAuth.asAdmin().get(url).then().statusCode(200).body("pinSet", equalTo(true)).body("lockLevel", equalTo(1));

        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body("{\"clearPin\": false}").post(url).then().statusCode(200)
                .body("pinSet", equalTo(true)).body("lockedUntil", nullValue()).body("lockLevel", equalTo(0));
        assertTrue(pins.verify(mine.memberId(), "1234", Instant.now()).isOk(), "released: her PIN works again");

        for (int i = 0; i < 2; i++) { // the repeat answers the same and changes nothing
            ConsoleAuth.asAdmin().contentType(ContentType.JSON).body("{}").post(url).then().statusCode(200)
                    .body("pinSet", equalTo(false)).body("held", equalTo(false));
        }
        assertEquals(PinCheck.Outcome.NOT_SET, pins.verify(mine.memberId(), "1234", Instant.now()).outcome());
        assertEquals(2, audits(mine.memberId()), "one audit per change, none for the repeat");
        String audited = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT CONCAT(actor, ' ', before_json, ' ', after_json) FROM audit_event WHERE action = 'member.pinReset'"
                        + " AND entity_id = ?1").setParameter(1, Long.toString(mine.memberId())).getSingleResult());
        assertTrue(audited.startsWith("admin "), audited);
        assertTrue(audited.contains("\"pinSet\":true") && audited.contains("\"pinSet\":false"), audited);
        assertFalse(audited.contains("h1$") || audited.contains("1234"), "no PIN or hash in the audit: " + audited);
    }

    @Test
    void staffResetHerOwnMembersOnlyOverTheApi() {
        String pass = ScopedBooks.STAFF_PASSWORD;
        ConsoleAuth.as(mine.staffUser(), pass).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/members/" + mine.memberId() + "/pin-reset").then().statusCode(200);
        ConsoleAuth.as(mine.staffUser(), pass).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/members/" + other.memberId() + "/pin-reset").then().statusCode(403)
                .contentType("application/problem+json");
        ConsoleAuth.as(mine.staffUser(), pass).get("/api/v1/members/" + other.memberId() + "/pin-reset").then().statusCode(403);
        assertEquals(0, audits(other.memberId()));
    }

    @Test
    void theConsolePageResetsWithItsCsrfTokenAndRefusesAnotherSubtree() {
        lockedPin(mine.memberId());
        ConsoleAuth.Session staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
        String page = "/admin/members/" + mine.memberId() + "/pin";
        String token = staff.csrfFrom(page);
        assertTrue(staff.given().get(page).asString().contains("locked until"));

        staff.given().formParam("action", "reset").post(page).then().statusCode(403); // no CSRF token: refused
        assertTrue(pins.verify(mine.memberId(), "1234", Instant.now()).outcome() == PinCheck.Outcome.LOCKED);

        staff.given().formParam("csrf", token).formParam("action", "reset").post(page).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(page + "?done=reset"));
        String after = staff.given().get(page + "?done=reset").asString();
        assertTrue(after.contains("Her PIN was removed") && after.contains("not set"), after);
        assertEquals(PinCheck.Outcome.NOT_SET, pins.verify(mine.memberId(), "1234", Instant.now()).outcome());
        assertEquals(1, audits(mine.memberId()));

        String otherPage = "/admin/members/" + other.memberId() + "/pin";
        staff.given().get(otherPage).then().statusCode(403);
        staff.given().formParam("csrf", token).formParam("action", "reset").post(otherPage).then().statusCode(403);
        assertEquals(0, audits(other.memberId()));
    }
}
