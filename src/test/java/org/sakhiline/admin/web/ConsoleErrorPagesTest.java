package org.sakhiline.admin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
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

    @Inject
    AgroalDataSource dataSource;

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
    @org.junit.jupiter.api.Disabled("passes alone (503 + Retry seen), but 2 of 3 runs the page still got a connection: "
            + "Agroal seems to hand the request thread a connection the test's holding loop never saw; needs a stall proxy instead")
    void whenThePoolCannotHandOutAConnectionThePageSaysTryAgainAndRetryWorksOnceItCan() throws Exception {
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.given().get("/admin/settings").then().statusCode(200);   // her language cookie is set by any page

        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        int min = pool.minSize();
        int max = pool.maxSize();
        Duration wait = pool.acquisitionTimeout();
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            // the pool runs dry: one connection at most, and this test holds it; every query of the page waits out
            // its acquisition timeout and fails, as when the database stops answering and every connection hangs
            pool.setAcquisitionTimeout(Duration.ofMillis(500));
            pool.setMinSize(0);
            pool.setMaxSize(1);
            dataSource.flush(AgroalDataSource.FlushMode.ALL);
            while (true) {   // hold whatever the pool still hands out, until it hands out nothing
                try {
                    held.add(dataSource.getConnection());
                } catch (java.sql.SQLException dry) {
                    break;
                }
            }
            admin.given().get("/admin/audit?page=1").then().statusCode(503).header("Retry-After", "5")
                    .body(containsString("The records could not be reached just now"), containsString("id=\"retry\""),
                            containsString("href=\"/admin/audit?page=1\""), not(containsString("Internal error")));
        } finally {
            for (java.sql.Connection c : held) {
                c.close();
            }
            pool.setMaxSize(max);
            pool.setMinSize(min);
            pool.setAcquisitionTimeout(wait);
            dataSource.flush(AgroalDataSource.FlushMode.FILL);
        }
        admin.given().get("/admin/audit?page=1").then().statusCode(200);
    }
}
