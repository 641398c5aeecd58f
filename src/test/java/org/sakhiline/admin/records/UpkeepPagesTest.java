package org.sakhiline.admin.records;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * The console forms that keep the books current, over HTTP as a browser posts them (CSRF field and cookie):
 * enrol, edit from a version, exit, phones, org units and staff. A refused form comes back with the values
 * typed and the problem next to its field; a STAFF user outside her subtree gets 403 and changes nothing.
 */
@QuarkusTest
class UpkeepPagesTest {

    @Inject
    ScopedBooks books;
    @Inject
    EntityManager em;

    ScopedBooks.Branch mine;
    ScopedBooks.Branch other;
    ConsoleAuth.Session staff;

    @BeforeEach
    void branches() {
        mine = books.create();
        other = books.create();
        staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
    }

    private String sql(String query, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(query).setParameter(1, id)
                .getSingleResult()));
    }

    /** A form post as browsers send it, UTF-8 (REST Assured's default for forms is ISO-8859-1). */
    private io.restassured.specification.RequestSpecification utf8() {
        return staff.given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static long idFrom(Response r, String prefix) {
        String location = r.header("Location");
        assertTrue(location.contains(prefix), location);
        String rest = location.substring(location.indexOf(prefix) + prefix.length());
        return Long.parseLong(rest.replaceAll("[^0-9].*$", ""));
    }

    @Test
    void aMemberIsEnrolledEditedGivenAPhoneAndExitedFromTheConsole() {
        String csrf = staff.csrfFrom("/admin/members/new?shgId=" + mine.shgId());
        // Without the CSRF field nothing is enrolled.
        staff.given().formParam("shgId", mine.shgId()).formParam("name", "Forged").formParam("language", "hi")
                .post("/admin/members").then().statusCode(403);

        // Every problem at once, next to its field, with what she typed kept.
        utf8().formParam("csrf", csrf).formParam("shgId", mine.shgId()).formParam("name", " ")
                .formParam("nameNative", "गीता").formParam("language", "hi").formParam("script", "NATIVE").formParam("role", "MEMBER")
                .formParam("phones", "98123 45678").post("/admin/members").then().statusCode(400)
                .body(containsString("id=\"error-name\""), containsString("id=\"error-phones\""),
                        containsString("is not a phone number with its country code"), containsString("value=\"गीता\""),
                        containsString("value=\"98123 45678\""));

        String phone = BooksFixtures.phone();
        Response created = utf8().formParam("csrf", csrf).formParam("shgId", mine.shgId()).formParam("name", "Geeta Devi")
                .formParam("nameNative", "गीता देवी").formParam("language", "hi").formParam("script", "NATIVE")
                .formParam("role", "MEMBER").formParam("phones", phone.substring(0, 3) + " " + phone.substring(3))
                .post("/admin/members");
        created.then().statusCode(303);
        long id = idFrom(created, "/admin/members/");
        staff.given().get("/admin/members/" + id + "?done=created").then().statusCode(200)
                .body(containsString("Member enrolled."), containsString(phone), containsString("Geeta Devi"));
        assertEquals("member.create", sql("SELECT action FROM audit_event WHERE entity_type = 'member' AND entity_id = ?1"
                + " ORDER BY id LIMIT 1", String.valueOf(id)));

        // Edit from version 0; a second form still holding version 0 is refused, not saved over the first.
        staff.given().get("/admin/members/" + id + "/edit").then().statusCode(200).body(containsString("name=\"version\" value=\"0\""));
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Geeta Rani").formParam("nameNative", "")
                .formParam("language", "hi").formParam("script", "ROMAN").formParam("role", "LEADER")
                .post("/admin/members/" + id + "/edit").then().statusCode(303);
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Geeta Older").formParam("language", "hi")
                .post("/admin/members/" + id + "/edit").then().statusCode(409).body(containsString("changed by someone else"));
        assertEquals("Geeta Rani", sql("SELECT name FROM member WHERE id = ?1", id));
        assertEquals("LEADER", sql("SELECT role FROM member WHERE id = ?1", id));

        String second = BooksFixtures.phone();
        staff.given().formParam("csrf", csrf).formParam("phone", "not a phone").post("/admin/members/" + id + "/phones")
                .then().statusCode(400).body(containsString("The phone was not added"));
        staff.given().formParam("csrf", csrf).formParam("phone", second).post("/admin/members/" + id + "/phones").then().statusCode(303);
        staff.given().formParam("csrf", csrf).formParam("phone", phone).post("/admin/members/" + id + "/phones/remove")
                .then().statusCode(303);
        assertEquals(second, sql("SELECT GROUP_CONCAT(phone_e164) FROM member_phone WHERE member_id = ?1", id));

        staff.given().formParam("csrf", csrf).formParam("exitedOn", "").formParam("reason", "moved away")
                .post("/admin/members/" + id + "/exit").then().statusCode(303);
        staff.given().get("/admin/members/" + id + "?done=exited").then().statusCode(200)
                .body(containsString("marked exited"), containsString("left the group"), not(containsString("id=\"exit-member\"")));
        staff.given().formParam("csrf", csrf).post("/admin/members/" + id + "/exit").then().statusCode(409)
                .body(containsString("has already exited"));
    }

    @Test
    void staffCannotKeepTheBooksOfAnotherVillageOrganisation() {
        String csrf = staff.csrfFrom("/admin/members/" + mine.memberId());
        long them = other.memberId();
        staff.given().get("/admin/members/" + them + "/edit").then().statusCode(403);
        staff.given().get("/admin/members/new?shgId=" + other.shgId()).then().statusCode(403);
        staff.given().get("/admin/org-units/" + other.shgId() + "/edit").then().statusCode(403);
        staff.given().get("/admin/staff/" + other.staffId() + "/edit").then().statusCode(403);
        staff.given().get("/admin/org-units/new").then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Intruder").formParam("language", "hi")
                .post("/admin/members/" + them + "/edit").then().statusCode(403);
        staff.given().formParam("csrf", csrf).post("/admin/members/" + them + "/exit").then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("phone", other.phone()).post("/admin/members/" + them + "/phones/remove")
                .then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("shgId", other.shgId()).formParam("name", "Intruder")
                .formParam("language", "hi").post("/admin/members").then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Taken").post("/admin/org-units/"
                + other.shgId() + "/edit").then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("name", "Mitra").formParam("phoneE164", BooksFixtures.phone())
                .formParam("role", "BANK_MITRA").formParam("orgUnitCode", other.shgCode()).formParam("language", "hi")
                .post("/admin/staff?orgUnitId=" + mine.shgId()).then().statusCode(403);
        assertEquals("ACTIVE", sql("SELECT status FROM member WHERE id = ?1", them));
        assertEquals("Sunita Scope", sql("SELECT name FROM member WHERE id = ?1", them));
        assertEquals("1", sql("SELECT COUNT(*) FROM member_phone WHERE member_id = ?1", them));
        assertEquals("Scope SHG", sql("SELECT name FROM org_unit WHERE id = ?1", other.shgId()));
    }

    @Test
    void orgUnitsAndStaffAreCreatedAndEditedFromTheConsole() {
        String csrf = staff.csrfFrom("/admin/org-units/new?parentId=" + mine.voId());
        String code = BooksFixtures.unique("SHG");
        // A bad time zone and a missing place are named; nothing is created.
        staff.given().formParam("csrf", csrf).formParam("code", code).formParam("name", "Jyoti Mahila SHG")
                .formParam("formationDate", "2024-04-01").formParam("meetingFrequency", "WEEKLY").formParam("meetingDayOfWeek", "2")
                .formParam("meetingTime", "10:00").formParam("meetingPlace", "").formParam("timeZone", "Asia/Kolkatta")
                .formParam("defaultLanguage", "as").formParam("defaultSavingsRupees", "50")
                .post("/admin/org-units?parentId=" + mine.voId()).then().statusCode(400)
                .body(containsString("is required (at most 200 characters)"), containsString("value=\"" + code + "\""));
        Response created = staff.given().formParam("csrf", csrf).formParam("code", code).formParam("name", "Jyoti Mahila SHG")
                .formParam("formationDate", "2024-04-01").formParam("meetingFrequency", "WEEKLY").formParam("meetingDayOfWeek", "2")
                .formParam("meetingTime", "10:00").formParam("meetingPlace", "Namghar").formParam("timeZone", "Asia/Kolkata")
                .formParam("defaultLanguage", "as").formParam("defaultSavingsRupees", "50")
                .post("/admin/org-units?parentId=" + mine.voId());
        created.then().statusCode(303);
        long shg = idFrom(created, "/admin/org-units/");
        assertEquals("SHG", sql("SELECT level FROM org_unit WHERE id = ?1", shg));
        assertEquals("Namghar", sql("SELECT meeting_place FROM shg_profile WHERE org_unit_id = ?1", shg));

        staff.given().get("/admin/org-units/" + shg + "/edit").then().statusCode(200).body(containsString("value=\"Namghar\""));
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Jyoti SHG")
                .formParam("formationDate", "2024-04-01").formParam("meetingFrequency", "MONTHLY").formParam("meetingDayOfMonth", "5")
                .formParam("meetingTime", "11:00").formParam("meetingPlace", "School").formParam("timeZone", "Asia/Kolkata")
                .formParam("defaultLanguage", "as").formParam("defaultSavingsRupees", "100")
                .post("/admin/org-units/" + shg + "/edit").then().statusCode(303);
        assertEquals("MONTHLY", sql("SELECT meeting_frequency FROM shg_profile WHERE org_unit_id = ?1", shg));
        assertEquals("orgUnit.update", sql("SELECT action FROM audit_event WHERE entity_type = 'orgUnit' AND entity_id = ?1"
                + " ORDER BY id DESC LIMIT 1", String.valueOf(shg)));

        String phone = BooksFixtures.phone();
        Response added = staff.given().formParam("csrf", csrf).formParam("name", "Mala Kalita").formParam("phoneE164", phone)
                .formParam("role", "CRP").formParam("orgUnitCode", code).formParam("language", "as")
                .post("/admin/staff?orgUnitId=" + shg);
        added.then().statusCode(303).header("Location", containsString("/admin/org-units/" + shg));
        String staffId = sql("SELECT id FROM staff WHERE phone_e164 = ?1", phone);
        staff.given().get("/admin/org-units/" + shg).then().body(containsString("/admin/staff/" + staffId + "/edit"));
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Mala Kalita")
                .formParam("phoneE164", "0981234").formParam("role", "CRP").formParam("orgUnitCode", code)
                .formParam("language", "as").formParam("status", "ACTIVE").post("/admin/staff/" + staffId + "/edit")
                .then().statusCode(400).body(containsString("is not a phone number with its country code"));
        staff.given().formParam("csrf", csrf).formParam("version", "0").formParam("name", "Mala Kalita")
                .formParam("phoneE164", phone).formParam("role", "BANK_MITRA").formParam("orgUnitCode", code)
                .formParam("language", "as").formParam("status", "INACTIVE").post("/admin/staff/" + staffId + "/edit")
                .then().statusCode(303);
        assertEquals("INACTIVE", sql("SELECT status FROM staff WHERE id = ?1", Long.parseLong(staffId)));
    }
}
