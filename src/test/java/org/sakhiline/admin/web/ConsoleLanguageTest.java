package org.sakhiline.admin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/** A console user chooses her language on the settings page; every console page then speaks it (Urdu right to left). */
@QuarkusTest
class ConsoleLanguageTest {

    @Inject
    ConsoleUsers users;

    @Inject
    EntityManager em;

    @Test
    void sheChoosesHindiThenUrduAndThePagesFollow() {
        String name = BooksFixtures.unique("lang").toLowerCase();
        QuarkusTransaction.requiringNew().run(() -> users.create(name, "lang-password-123", ConsoleRole.ADMIN, null, "Meena Sharma"));
        ConsoleAuth.Session session = ConsoleAuth.signIn(name, "lang-password-123");

        session.given().get("/admin/settings").then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"), containsString("Console language"),
                        containsString(">Members</a>"), containsString("Meena Sharma (administrator)"));

        String csrf = session.csrfFrom("/admin/settings");
        session.given().formParam("csrf", csrf).formParam("language", "hi").post("/admin/settings")
                .then().statusCode(303).header("Location", containsString("/admin/settings?saved=1"));
        session.given().get("/admin/settings?saved=1").then().statusCode(200)
                .body(containsString("<html lang=\"hi\" dir=\"ltr\">"), containsString("कंसोल की भाषा"),
                        containsString(">सदस्य</a>"), containsString("सहेज लिया गया।"), containsString("(एडमिनिस्ट्रेटर)"),
                        not(containsString(">Members</a>")));
        // the sign-in page and every other console template get her locale without any page code
        session.given().get("/admin/users").then().statusCode(200).body(containsString("lang=\"hi\""), containsString(">सदस्य</a>"));

        session.given().formParam("csrf", csrf).formParam("language", "ur").post("/admin/settings").then().statusCode(303);
        session.given().get("/admin/settings").then().statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"), containsString("کنسول کی زبان"), containsString(">ممبر</a>"));

        Number audited = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'consoleUser.language' AND entity_id = ?1")
                .setParameter(1, String.valueOf(ConsoleUser.byUsername(name).orElseThrow().id)).getSingleResult());
        assertEquals(2, audited.intValue());
        // the audit log tells it in her words: what happened, who did it, when in which zone
        session.given().get("/admin/audit?action=consoleUser.language").then().statusCode(200)
                .body(containsString("کنسول کی زبان بدلی گئی"), containsString("Meena Sharma (ایڈمنسٹریٹر)"),
                        containsString(" IST</span>"), not(containsString("audit-sentence\">consoleUser")));
    }

    @Test
    void anUnknownLanguageOrAFormWithoutItsTokenChangesNothing() {
        String name = BooksFixtures.unique("lang").toLowerCase();
        QuarkusTransaction.requiringNew().run(() -> users.create(name, "lang-password-123", ConsoleRole.ADMIN, null, null));
        ConsoleAuth.Session session = ConsoleAuth.signIn(name, "lang-password-123");
        String csrf = session.csrfFrom("/admin/settings");

        session.given().formParam("csrf", csrf).formParam("language", "fr").post("/admin/settings").then().statusCode(400);
        session.given().formParam("language", "hi").post("/admin/settings").then().statusCode(403);
        assertEquals("en", QuarkusTransaction.requiringNew().call(() -> ConsoleUser.byUsername(name).orElseThrow().language));
    }
}
