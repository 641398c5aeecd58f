package org.sakhiline.reminders;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

@QuarkusTest
class ReminderApiTest {

    @Inject
    BooksFixtures fixtures;

    private static String rule(long unit, String kind, String extra) {
        return "{\"orgUnitId\":" + unit + ",\"kind\":\"" + kind + "\",\"daysOffset\":1,\"sendAt\":\"18:00\",\"channel\":\"SMS\"" + extra + "}";
    }

    @Test
    void theNearestUnitsRuleWinsKindByKind() {
        long shg = fixtures.shg();
        long vo = OrgUnit.<OrgUnit>findById(shg).parentId;
        int voMeeting = create(rule(vo, "MEETING", ""));
        int voOverdue = create(rule(vo, "LOAN_OVERDUE", ""));
        int shgOverdue = create(rule(shg, "LOAN_OVERDUE", ""));
        ConsoleAuth.asAdmin().when().get("/api/v1/reminder-rules/effective?orgUnitId=" + shg).then().statusCode(200)
                .body("MEETING.id", equalTo(voMeeting)).body("LOAN_OVERDUE.id", equalTo(shgOverdue))
                .body("INSTALMENT_DUE", nullValue());
        ConsoleAuth.asAdmin().when().get("/api/v1/reminder-rules/effective?orgUnitId=" + vo).then().statusCode(200)
                .body("LOAN_OVERDUE.id", equalTo(voOverdue));
    }

    private static int create(String body) {
        return ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/reminder-rules")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createListUpdateDeactivate() {
        long shg = fixtures.shg();
        int id = ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "LOAN_OVERDUE", ""))
                .when().post("/api/v1/reminder-rules")
                .then().statusCode(201).header("Location", containsString("/api/v1/reminder-rules/"))
                .body("kind", equalTo("LOAN_OVERDUE")).body("repeatEveryDays", equalTo(7)).body("maxSends", equalTo(3))
                .body("windowStart", equalTo("08:00:00")).body("windowEnd", equalTo("20:00:00")).body("active", equalTo(true))
                .extract().path("id");

        ConsoleAuth.asAdmin().when().get("/api/v1/reminder-rules?orgUnitId=" + shg).then().statusCode(200).body("id", hasItem(id));

        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "LOAN_OVERDUE", ",\"maxSends\":2,\"repeatEveryDays\":14,\"channel\":\"BOTH\""))
                .when().put("/api/v1/reminder-rules/" + id)
                .then().statusCode(200).body("maxSends", equalTo(2)).body("repeatEveryDays", equalTo(14)).body("channel", equalTo("BOTH"));

        ConsoleAuth.asAdmin().when().get("/api/v1/reminder-rules/effective?orgUnitId=" + shg)
                .then().statusCode(200).body("LOAN_OVERDUE.id", equalTo(id));

        ConsoleAuth.asAdmin().when().delete("/api/v1/reminder-rules/" + id).then().statusCode(200).body("active", equalTo(false));
        ConsoleAuth.asAdmin().when().get("/api/v1/reminder-rules/effective?orgUnitId=" + shg).then().statusCode(200).body("LOAN_OVERDUE", nullValue());
        // With the old one inactive, a new active rule of the same kind is allowed.
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "LOAN_OVERDUE", "")).when().post("/api/v1/reminder-rules").then().statusCode(201);
    }

    @Test
    void errorsAreProblemJson() {
        long shg = fixtures.shg();
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "MEETING", "")).when().post("/api/v1/reminder-rules").then().statusCode(201);
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "MEETING", ""))
                .when().post("/api/v1/reminder-rules")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("duplicate"));
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body("{\"orgUnitId\":" + shg + ",\"kind\":\"MEETING\",\"sendAt\":\"18:00\",\"channel\":\"SMS\"}")
                .when().post("/api/v1/reminder-rules")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("daysOffset"));
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "INSTALMENT_DUE", ",\"windowStart\":\"20:00\",\"windowEnd\":\"08:00\""))
                .when().post("/api/v1/reminder-rules")
                .then().statusCode(400).body("errors.field", hasItem("windowEnd"));
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "INSTALMENT_DUE", ",\"maxSends\":3"))
                .when().post("/api/v1/reminder-rules")
                .then().statusCode(400).body("errors.field", hasItem("maxSends"));
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(rule(shg, "WEEKLY_PARTY", ""))
                .when().post("/api/v1/reminder-rules")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("kind"));
        ConsoleAuth.asAdmin().when().get("/api/v1/reminder-rules/99999999").then().statusCode(404).contentType("application/problem+json");
        ConsoleAuth.asAdmin().when().post("/api/v1/reminders/plan?at=yesterday").then().statusCode(400).body("errors.field", hasItem("at"));
    }

    @Test
    void operatorsCanRunThePlannerAndSetAMembersPreference() {
        long member = fixtures.member();
        ConsoleAuth.asAdmin().when().post("/api/v1/reminders/plan?from=2026-01-01T00:00:00Z&at=2026-01-01T00:05:00Z")
                .then().statusCode(200).body("from", equalTo("2026-01-01T00:00:00Z")).body("to", equalTo("2026-01-01T00:05:00Z"));
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body("{\"stopped\":true,\"channel\":\"VOICE\"}")
                .when().put("/api/v1/reminders/members/" + member + "/preference")
                .then().statusCode(200).body("stopped", equalTo(true)).body("channel", equalTo("VOICE"));
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body("{\"stopped\":false,\"channel\":null}")
                .when().put("/api/v1/reminders/members/" + member + "/preference")
                .then().statusCode(200).body("stopped", equalTo(false)).body("channel", nullValue());
        ConsoleAuth.asAdmin().when().get("/api/v1/reminders/members/99999999/preference").then().statusCode(404);
    }
}
