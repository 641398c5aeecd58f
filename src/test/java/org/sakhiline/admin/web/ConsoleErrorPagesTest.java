package org.sakhiline.admin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/** Refused, missing and failed console pages answer inside the console's layout, in her language, with a way back. */
@QuarkusTest
class ConsoleErrorPagesTest {

    @Inject
    ConsoleUsers users;

    @Inject
    BooksFixtures fixtures;


    @Test
    void unknownAddressesAndMissingRecordsGetTheStyledNotFoundPage() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.given().get("/admin/no-such-page/at/all").then().statusCode(404)
                .header("Content-Type", containsString("text/html"))
                .body(containsString("id=\"error-page\""), containsString("Page not found"), containsString("href=\"/admin\""),
                        containsString("nav class=\"main-nav\""));
        admin.given().get("/admin/members/999999999").then().statusCode(404)
                .body(containsString("Page not found"), not(containsString("Not found: member")));
        admin.given().get("/admin/static/console.css").then().statusCode(200).header("Content-Type", containsString("text/css"));
    }

    @Test
    void aStaffUserRefusedAPageReadsWhyInHerLanguageAndAnExpiredFormSaysSo() {
        String name = BooksFixtures.unique("staff").toLowerCase();
        long vo = QuarkusTransaction.requiringNew().call(() -> fixtures.vo(org.sakhiline.books.org.Country.IN));
        QuarkusTransaction.requiringNew().run(() -> {
            users.create(name, "staff-password-123", ConsoleRole.STAFF, vo, "Field Staff");
            org.sakhiline.access.ConsoleUser.update("language = 'hi' where username = ?1", name);
        });
        ConsoleAuth.Session staff = ConsoleAuth.signIn(name, "staff-password-123");
        staff.given().get("/admin/users").then().statusCode(403)
                .body(containsString("lang=\"hi\""), containsString("यह पेज आप नहीं खोल सकते"), containsString("id=\"home\""),
                        not(containsString("Forbidden")));
        staff.given().formParam("language", "en").post("/admin/settings").then().statusCode(403)
                .body(containsString("यह फ़ॉर्म पुराना हो गया है"));
    }

    @Test
    void whenTheDatabaseCutsAQueryOffThePageSaysTryAgainAndRetryWorksOnceItAnswers() {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.given().get("/admin/settings").then().statusCode(200);   // her language cookie is set by any page

        admin.given().get("/admin/test-only/stalled-records?page=1").then().statusCode(503).header("Retry-After", "5")
                .body(containsString("The records could not be reached just now"), containsString("id=\"retry\""),
                        containsString("href=\"/admin/test-only/stalled-records?page=1\""), not(containsString("Internal error")),
                        not(containsString("max_statement_time")));
        admin.given().get("/admin/test-only/stalled-records?page=1&fast=true").then().statusCode(200);
    }
}
