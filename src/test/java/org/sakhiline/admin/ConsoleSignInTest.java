package org.sakhiline.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/** Who may reach the console and the JSON API, and how: the contract a browser and a machine client see. */
@QuarkusTest
class ConsoleSignInTest {

    @Inject
    EntityManager em;

    @Inject
    BooksFixtures fixtures;

    @Inject
    org.sakhiline.access.ConsoleUsers users;

    @Test
    void anonymousConsoleVisitIsSentToTheSignInPage() {
        given().redirects().follow(false).get("/admin").then().statusCode(302)
                .header("Location", containsString("/admin/login"));
        given().redirects().follow(false).get("/admin/members").then().statusCode(302)
                .header("Location", containsString("/admin/login"));
        given().get("/admin/login").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("action=\"/j_security_check\""), containsString("name=\"j_password\""));
        given().get("/admin/static/console.css").then().statusCode(200);
    }

    @Test
    void anonymousOrWrongApiCallerGets401WithABasicChallenge() {
        given().get("/api/v1/org-units").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        ConsoleAuth.as("admin", "not-the-password").get("/api/v1/org-units").then().statusCode(401);
        ConsoleAuth.asAdmin().get("/api/v1/org-units").then().statusCode(200);
    }

    @Test
    void formSignInOpensTheConsoleAndAWrongPasswordSaysSo() {
        given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", "wrong-password")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("/admin/login?error=1"));
        given().get("/admin/login?error=1").then().body(containsString("do not match"));

        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.given().get("/admin").then().statusCode(200).body(containsString("Namaste"), containsString("Sign out"));
    }

    @Test
    void signOutNeedsTheCsrfTokenAndExpiresTheSignInCookie() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        String token = admin.csrfFrom("/admin");

        admin.given().post("/admin/logout").then().statusCode(403).body(containsString("expired"));
        // One character changed (a token that already began with 'A' made this a right token 1 time in 64).
        String forged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        admin.given().formParam("csrf", forged).post("/admin/logout").then().statusCode(403);

        Response out = admin.given().formParam("csrf", token).post("/admin/logout");
        out.then().statusCode(303).header("Location", containsString("/admin/login?bye=1"));
        String setCookie = String.join("\n", out.headers().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("quarkus-credential=;") && setCookie.contains("Max-Age=0"), setCookie);
    }

    @Test
    void csrfCookieIsHttpOnlyAndStrict() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        Response page = admin.given().get("/admin");
        String setCookie = String.join("\n", page.headers().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("sakhiline-csrf="), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly") && setCookie.contains("SameSite=Strict"), setCookie);
        // the next page keeps the same token instead of minting a new one
        String first = admin.csrfFrom("/admin");
        assertEquals(first, admin.csrfFrom("/admin"));
    }

    @Test
    void gatewayBasicHeaderOnUssdIsNotTakenForAConsoleLogin() {
        // The USSD gateway may present its secret as Basic auth; no console user has that name.
        given().auth().preemptive().basic("gateway", "test-gateway-secret")
                .formParam("sessionId", "auth-" + System.nanoTime()).formParam("serviceCode", "*123#")
                .formParam("phoneNumber", "+919811100000").formParam("text", "")
                .post("/ussd/africastalking").then().statusCode(200).body(not(equalTo("")));
    }

    @Test
    void apiChangesAreAuditedWithTheCallerAndTheResult() {
        String code = BooksFixtures.unique("VO");
        long id = ConsoleAuth.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("level", "VO", "country", "IN", "code", code, "name", "Audit VO"))
                .post("/api/v1/org-units").then().statusCode(201).extract().jsonPath().getLong("id");

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT actor, action, entity_id, after_json FROM audit_event WHERE entity_type = 'orgUnit' AND entity_id = ?1")
                .setParameter(1, Long.toString(id)).getResultList();
        assertEquals(1, rows.size());
        assertEquals("admin", rows.get(0)[0]);
        assertEquals("orgUnit.create", rows.get(0)[1]);
        assertTrue(rows.get(0)[3].toString().contains(code), rows.get(0)[3].toString());
    }

    @Test
    void anApiSavingsPostIsAuditedUnderTheMembersGroup() {
        long shg = fixtures.shg();
        long member = fixtures.member(shg, "Audit Didi", BooksFixtures.phone());
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", BooksFixtures.unique("k"))
                .body(Map.of("type", "DEPOSIT", "amountPaise", 5000, "valueDate", "2025-06-04"))
                .post("/api/v1/members/" + member + "/savings").then().statusCode(201);

        Number unit = (Number) em.createNativeQuery(
                "SELECT org_unit_id FROM audit_event WHERE action = 'member.post' AND entity_id = ?1")
                .setParameter(1, Long.toString(member)).getSingleResult();
        assertEquals(shg, unit.longValue());
    }

    @Test
    void aStaffUsersStartPagePromisesOnlyWhatSheCanDo() {
        String name = BooksFixtures.unique("staff").toLowerCase();
        long vo = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> fixtures.vo(org.sakhiline.books.org.Country.IN));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> users.create(name, "staff-password-123",
                org.sakhiline.access.ConsoleRole.STAFF, vo, "Field Staff"));
        ConsoleAuth.signIn(name, "staff-password-123").given().get("/admin").then().statusCode(200)
                .body(containsString("What you can do here"), containsString("Read what members hear and read"),
                        not(containsString("publish")), not(containsString("href=\"/admin/users\"")));
        ConsoleAuth.signInAsAdmin().given().get("/admin").then().statusCode(200)
                .body(containsString("Edit, check and publish"), containsString("href=\"/admin/users\""));
    }
}
