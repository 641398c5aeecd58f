package org.sakhiline.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * Keeping the books current over the JSON API: edits of members, org units and staff from a named version,
 * exit, phones on and off. Each answers the record, leaves an audit row with before and after, refuses a
 * stale version with 409 and bad input with problem+json field errors, and a STAFF user outside her subtree
 * gets 403 with nothing changed.
 */
@QuarkusTest
class BooksUpkeepApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static RequestSpecification admin() {
        return ConsoleAuth.asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private RequestSpecification staff() {
        return ConsoleAuth.as(mine.staffUser(), ScopedBooks.STAFF_PASSWORD).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static long version(String path) {
        Response r = admin().get(path);
        r.then().statusCode(200);
        Number v = r.path("version");
        return v.longValue();
    }

    private static Map<String, Object> memberEdit(long version, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("name", name);
        body.put("nameNative", "सुनीता देवी");
        body.put("language", "hi");
        body.put("script", "ROMAN");
        body.put("role", "LEADER");
        return body;
    }

    /** The newest audit row for a record and action: [actor, before, after] with before/after parsed. */
    private AuditRow audit(String action, Object entityId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT actor, before_json, after_json, org_unit_id FROM audit_event WHERE action = ?1 AND entity_id = ?2"
                                + " ORDER BY id DESC LIMIT 1")
                .setParameter(1, action).setParameter(2, entityId.toString()).getResultList());
        assertTrue(!rows.isEmpty(), "no audit row " + action + " for " + entityId);
        Object[] row = (Object[]) rows.get(0);
        return new AuditRow((String) row[0], tree((String) row[1]), tree((String) row[2]),
                row[3] == null ? null : ((Number) row[3]).longValue());
    }

    private record AuditRow(String actor, JsonNode before, JsonNode after, Long orgUnitId) {}

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    // ------------------------------------------------------------------------------------------ members

    @Test
    void aMemberIsEditedFromTheVersionReadAndAuditedBeforeAndAfter() {
        String path = "/api/v1/members/" + mine.memberId();
        long v = version(path);
        admin().body(memberEdit(v, "Sunita Kumari")).put(path).then().statusCode(200)
                .body("name", equalTo("Sunita Kumari")).body("language", equalTo("hi")).body("script", equalTo("ROMAN"))
                .body("role", equalTo("LEADER")).body("version", equalTo((int) v + 1)).body("phones", contains(mine.phone()));
        admin().get(path).then().body("member.name", equalTo("Sunita Kumari")).body("version", equalTo((int) v + 1));

        AuditRow row = audit("member.update", mine.memberId());
        assertEquals(ConsoleAuth.ADMIN, row.actor());
        assertEquals("Sunita Scope", row.before().get("name").asText());
        assertEquals("MEMBER", row.before().get("role").asText());
        assertEquals("Sunita Kumari", row.after().get("name").asText());
        assertEquals("LEADER", row.after().get("role").asText());
        assertEquals(mine.shgId(), row.orgUnitId(), "staff of the subtree can read it");

        // A second save made from the old version is refused, not merged over the first.
        admin().body(memberEdit(v, "Sunita Older")).put(path).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sakhiline.org/problems/stale-version"));
        admin().get(path).then().body("member.name", equalTo("Sunita Kumari"));
    }

    @Test
    void badMemberInputIsAnsweredFieldByField() {
        String path = "/api/v1/members/" + mine.memberId();
        long v = version(path);
        Map<String, Object> bad = memberEdit(v, " ");
        bad.put("language", "fr");
        bad.put("role", "QUEEN");
        admin().body(bad).put(path).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("name", "language", "role"));
        Map<String, Object> noVersion = memberEdit(v, "Sunita");
        noVersion.remove("version");
        admin().body(noVersion).put(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("version"));
        admin().body(Map.of("phone", "98123 45678")).post(path + "/phones").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("phone"));
        admin().delete(path + "/phones/+919999999999").then().statusCode(404).contentType(PROBLEM);
        admin().body(memberEdit(v, "Nobody")).put("/api/v1/members/99999999").then().statusCode(404);
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'member.update' AND entity_id = ?1",
                String.valueOf(mine.memberId())));
    }

    @Test
    void phonesGoOnAndComeOffAudited() {
        String path = "/api/v1/members/" + mine.memberId();
        String second = BooksFixtures.phone();
        admin().body(Map.of("phone", second.substring(0, 3) + " " + second.substring(3, 8) + "-" + second.substring(8)))
                .post(path + "/phones").then().statusCode(200).body("phones", contains(mine.phone(), second));
        AuditRow added = audit("member.addPhone", mine.memberId());
        assertEquals(1, added.before().get("phones").size());
        assertEquals(2, added.after().get("phones").size());

        admin().delete(path + "/phones/" + mine.phone()).then().statusCode(200).body("phones", contains(second));
        AuditRow removed = audit("member.removePhone", mine.memberId());
        assertTrue(removed.before().get("phones").toString().contains(mine.phone()));
        assertEquals("[\"" + second + "\"]", removed.after().get("phones").toString());
        assertEquals(0, count("SELECT COUNT(*) FROM member_phone WHERE member_id = ?1 AND phone_e164 = ?2", mine.memberId(),
                mine.phone()));
    }

    @Test
    void anExitedMemberKeepsHerBooksAndCannotExitTwice() {
        String path = "/api/v1/members/" + mine.memberId();
        admin().body(Map.of("exitedOn", "2026-11-30", "reason", "moved to her husband's village")).post(path + "/exit")
                .then().statusCode(200).body("status", equalTo("EXITED")).body("exitedOn", equalTo("2026-11-30"))
                .body("phones", contains(mine.phone()));
        AuditRow row = audit("member.exit", mine.memberId());
        assertEquals("ACTIVE", row.before().get("status").asText());
        assertEquals("EXITED", row.after().get("status").asText());
        admin().get(path + "/savings").then().statusCode(200).body("balancePaise", equalTo(1_25_300_00));
        admin().body(Map.of()).post(path + "/exit").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sakhiline.org/problems/already-exited"));
        admin().body(Map.of("phone", BooksFixtures.phone())).post(path + "/phones").then().statusCode(422);
    }

    @Test
    void aMemberIsEnrolledWithAnAuditRowInItsTransaction() {
        Response r = staff().body(Map.of("shgId", mine.shgId(), "name", "Meena Devi", "language", "hi", "script", "NATIVE",
                "phones", List.of(BooksFixtures.phone()))).post("/api/v1/members");
        r.then().statusCode(201).body("version", equalTo(0));
        long id = ((Number) r.path("member.memberId")).longValue();
        AuditRow row = audit("member.create", id);
        assertEquals(mine.staffUser(), row.actor());
        assertTrue(row.before() == null);
        assertEquals("Meena Devi", row.after().get("name").asText());
    }

    // ------------------------------------------------------------------------------------ scope

    @Test
    void staffEditsHerOwnSubtreeAndNothingOutsideIt() {
        String minePath = "/api/v1/members/" + mine.memberId();
        staff().body(memberEdit(version(minePath), "Sunita Mine")).put(minePath).then().statusCode(200);
        staff().body(Map.of("phone", BooksFixtures.phone())).post(minePath + "/phones").then().statusCode(200);

        String theirs = "/api/v1/members/" + other.memberId();
        long theirVersion = version(theirs);
        long unitVersion = version("/api/v1/org-units/" + other.shgId());
        long staffVersion = version("/api/v1/staff/" + other.staffId());
        List<Response> refused = List.of(
                staff().body(memberEdit(theirVersion, "Intruder")).put(theirs),
                staff().body(Map.of()).post(theirs + "/exit"),
                staff().body(Map.of("phone", BooksFixtures.phone())).post(theirs + "/phones"),
                staff().delete(theirs + "/phones/" + other.phone()),
                staff().body(Map.of("version", unitVersion, "name", "Taken over")).put("/api/v1/org-units/" + other.shgId()),
                staff().body(Map.of("version", staffVersion, "name", "Taken over", "phoneE164", BooksFixtures.phone(),
                        "role", "BANK_MITRA", "orgUnitId", other.shgId())).put("/api/v1/staff/" + other.staffId()),
                // Her own mitra may not be handed to a unit outside her subtree either.
                staff().body(Map.of("version", version("/api/v1/staff/" + mine.staffId()), "name", "Rupa Mitra",
                        "phoneE164", BooksFixtures.phone(), "role", "BANK_MITRA", "orgUnitId", other.shgId()))
                        .put("/api/v1/staff/" + mine.staffId()));
        refused.forEach(r -> r.then().statusCode(403).contentType(PROBLEM));

        admin().get(theirs).then().body("member.name", equalTo("Sunita Scope")).body("member.status", equalTo("ACTIVE"))
                .body("phones", contains(other.phone())).body("version", equalTo((int) theirVersion));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE entity_type IN ('member', 'orgUnit', 'staff')"
                + " AND action LIKE '%.%e' AND org_unit_id = ?1 AND actor = ?2", other.shgId(), mine.staffUser()));
    }

    // ------------------------------------------------------------------------------- org units, staff

    @Test
    void anOrgUnitIsEditedFromItsVersionWithItsProfile() {
        String path = "/api/v1/org-units/" + mine.shgId();
        long v = version(path);
        Map<String, Object> profile = new HashMap<>();
        profile.put("formationDate", "2020-01-01");
        profile.put("meetingFrequency", "MONTHLY");
        profile.put("meetingDayOfMonth", 5);
        profile.put("meetingTime", "11:00:00");
        profile.put("meetingPlace", "School verandah");
        profile.put("timeZone", "Asia/Kolkata");
        profile.put("defaultLanguage", "hi");
        profile.put("defaultSavingsPaise", 20_000);
        Map<String, Object> edit = new HashMap<>(Map.of("version", v, "name", "Scope SHG renamed", "nameLocal", "स्कोप समूह",
                "village", "Bakraur", "shgProfile", profile));
        staff().body(edit).put(path).then().statusCode(200).body("name", equalTo("Scope SHG renamed"))
                .body("shgProfile.meetingPlace", equalTo("School verandah")).body("version", equalTo((int) v + 1));
        AuditRow row = audit("orgUnit.update", mine.shgId());
        assertEquals("Scope SHG", row.before().get("name").asText());
        assertEquals("Panchayat bhavan", row.before().get("shgProfile").get("meetingPlace").asText());
        assertEquals("School verandah", row.after().get("shgProfile").get("meetingPlace").asText());

        staff().body(edit).put(path).then().statusCode(409).body("type", equalTo("https://sakhiline.org/problems/stale-version"));
        profile.put("timeZone", "Mars/Olympus");
        edit.put("version", v + 1);
        staff().body(edit).put(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("shgProfile.timeZone"));
        edit.put("name", "");
        edit.remove("shgProfile");
        staff().body(edit).put(path).then().statusCode(400).body("errors.field", contains("name"));
        // A new federation top is an administrator's to make; a VO she looks after may get a new SHG.
        staff().body(Map.of("level", "VO", "country", "IN", "code", BooksFixtures.unique("VO"), "name", "Top"))
                .post("/api/v1/org-units").then().statusCode(403);
    }

    @Test
    void staffRecordsAreEditedFromTheirVersionWithUniquePhones() {
        String path = "/api/v1/staff/" + mine.staffId();
        long v = version(path);
        String phone = BooksFixtures.phone();
        Map<String, Object> edit = new HashMap<>(Map.of("version", v, "name", "Rupa Sinha", "phoneE164", phone, "role", "CRP",
                "orgUnitId", mine.voId(), "language", "bn", "status", "ACTIVE"));
        staff().body(edit).put(path).then().statusCode(200).body("name", equalTo("Rupa Sinha")).body("role", equalTo("CRP"))
                .body("phoneE164", equalTo(phone)).body("orgUnitId", equalTo((int) mine.voId())).body("version", equalTo((int) v + 1));
        AuditRow row = audit("staff.update", mine.staffId());
        assertEquals("BANK_MITRA", row.before().get("role").asText());
        assertEquals("CRP", row.after().get("role").asText());
        assertNotNull(row.after().get("phoneE164"));

        String taken = admin().get("/api/v1/staff/" + other.staffId()).path("phoneE164");
        edit.put("version", v + 1);
        edit.put("phoneE164", taken);
        admin().body(edit).put(path).then().statusCode(409).body("type", equalTo("https://sakhiline.org/problems/duplicate"));
        edit.put("phoneE164", "12345");
        edit.put("role", "BOSS");
        edit.put("status", "RETIRED");
        admin().body(edit).put(path).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("phoneE164", "role", "status"));
        edit.put("version", v);
        edit.put("phoneE164", phone);
        edit.put("role", "CRP");
        edit.put("status", "INACTIVE");
        admin().body(edit).put(path).then().statusCode(409);
    }
}
