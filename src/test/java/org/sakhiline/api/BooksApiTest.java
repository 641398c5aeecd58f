package org.sakhiline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

@QuarkusTest
class BooksApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification json() {
        return ConsoleAuth.asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static long createVo() {
        return json().body(Map.of("level", "VO", "country", "IN", "code", BooksFixtures.unique("VO"), "name", "Bodh Gaya VO"))
                .post("/api/v1/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long createShg() {
        String body = """
                {"parentId": %d, "level": "SHG", "country": "IN", "code": "%s", "name": "Jagriti SHG",
                 "nameLocal": "जागृति स्वयं सहायता समूह",
                 "shgProfile": {"formationDate": "2019-04-01", "meetingFrequency": "WEEKLY", "meetingDayOfWeek": 3,
                   "meetingTime": "10:00:00", "meetingPlace": "Anganwadi centre", "timeZone": "Asia/Kolkata",
                   "defaultLanguage": "hi", "defaultSavingsPaise": 10000, "bankAccountMasked": "XXXXXX4821", "grade": "A"}}
                """.formatted(createVo(), BooksFixtures.unique("SHG"));
        return json().body(body).post("/api/v1/org-units").then().statusCode(201)
                .body("shgProfile.timeZone", equalTo("Asia/Kolkata")).extract().jsonPath().getLong("id");
    }

    private static long createMember(long shg, String phone) {
        return json().body(Map.of("shgId", shg, "name", "Sunita Devi", "nameNative", "सुनीता देवी", "language", "hi",
                        "script", "NATIVE", "phones", java.util.List.of(phone)))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("member.memberId");
    }

    private static Response deposit(long member, String key, long amount) {
        return json().header("Idempotency-Key", key)
                .body(Map.of("type", "DEPOSIT", "amountPaise", amount, "valueDate", "2025-06-04"))
                .post("/api/v1/members/" + member + "/savings");
    }

    private static void problem(Response r, int status, String field) {
        r.then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status)).body("title", org.hamcrest.Matchers.notNullValue())
                .body("type", containsString("https://sakhiline.org/problems/"));
        if (field != null) {
            r.then().body("errors.field", hasItem(field));
        }
    }

    @Test
    void orgUnitsAreCreatedReadAndListed() {
        long shg = createShg();
        json().get("/api/v1/org-units/" + shg).then().statusCode(200).body("level", equalTo("SHG"))
                .body("nameLocal", equalTo("जागृति स्वयं सहायता समूह")).body("shgProfile.meetingDayOfWeek", equalTo(3));
        long vo = json().get("/api/v1/org-units/" + shg).then().extract().jsonPath().getLong("parentId");
        json().get("/api/v1/org-units?parentId=" + vo).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) shg));
    }

    @Test
    void badOrgUnitsAreRefusedNamingTheField() {
        problem(json().body(Map.of("level", "VO", "country", "IN", "code", BooksFixtures.unique("VO")))
                .post("/api/v1/org-units"), 400, "name");
        problem(json().body(Map.of("level", "SHG", "country", "IN", "code", BooksFixtures.unique("S"), "name", "No profile"))
                .post("/api/v1/org-units"), 400, "shgProfile");
        problem(json().body(Map.of("level", "TOWN", "country", "IN", "code", "x", "name", "x"))
                .post("/api/v1/org-units"), 400, "level");
        String code = BooksFixtures.unique("VO");
        json().body(Map.of("level", "VO", "country", "IN", "code", code, "name", "A")).post("/api/v1/org-units").then().statusCode(201);
        problem(json().body(Map.of("level", "VO", "country", "IN", "code", code, "name", "B")).post("/api/v1/org-units"), 409, null);
        problem(json().get("/api/v1/org-units/999999999"), 404, null);
    }

    @Test
    void membersAreCreatedSearchedAndValidated() {
        long shg = createShg();
        String phone = BooksFixtures.phone();
        long member = createMember(shg, phone);
        json().get("/api/v1/members/" + member).then().statusCode(200).body("member.memberNo", equalTo(1))
                .body("phones", equalTo(java.util.List.of(phone))).body("member.pinSet", equalTo(false));
        json().queryParam("q", phone).get("/api/v1/members").then().statusCode(200)
                .body("items.memberId", equalTo(java.util.List.of((int) member)));

        problem(json().body(Map.of("shgId", shg, "memberNo", 1, "name", "Dup", "language", "hi", "script", "NATIVE"))
                .post("/api/v1/members"), 409, null);
        problem(json().body(Map.of("shgId", shg, "name", "X", "language", "hi", "script", "NATIVE", "phones", java.util.List.of("98123")))
                .post("/api/v1/members"), 400, "phones[0]");
        problem(json().body(Map.of("shgId", shg, "name", "X", "language", "fr", "script", "NATIVE"))
                .post("/api/v1/members"), 400, "language");
        problem(json().body("{\"shgId\": " + shg + ", \"memberNo\": \"abc\", \"name\": \"X\", \"language\": \"hi\", \"script\": \"NATIVE\"}")
                .post("/api/v1/members"), 400, "memberNo");
        problem(json().body("{\"shgId\": " + shg + ", \"name\": ").post("/api/v1/members"), 400, "body");
        problem(json().body(Map.of("shgId", 999999999, "name", "X", "language", "hi", "script", "NATIVE"))
                .post("/api/v1/members"), 404, null);
        problem(json().queryParam("size", 0).get("/api/v1/members"), 400, "size");
        problem(json().get("/api/v1/members/999999999"), 404, null);

        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(Map.of("pin", "1234")).put("/api/v1/members/" + member + "/pin")
                .then().statusCode(204);
        problem(json().body(Map.of("pin", "12")).put("/api/v1/members/" + member + "/pin"), 400, "pin");
    }

    @Test
    void aRepeatedSavingsPostAnswersExactlyLikeTheFirst() {
        long member = createMember(createShg(), BooksFixtures.phone());
        String key = BooksFixtures.unique("at-msg");
        Response first = deposit(member, key, 25_000);
        first.then().statusCode(201).body("balanceAfterPaise", equalTo(25_000)).body("type", equalTo("DEPOSIT"))
                .body("replayed", nullValue()).header("Location", containsString("/api/v1/savings/"));
        Response again = deposit(member, key, 25_000);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());

        problem(deposit(member, key, 26_000), 409, null);
        json().get("/api/v1/members/" + member + "/savings").then().statusCode(200)
                .body("balancePaise", equalTo(25_000)).body("recent", hasSize(1));
    }

    @Test
    void savingsRulesAnswerWithTheirStatus() {
        long member = createMember(createShg(), BooksFixtures.phone());
        problem(json().body(Map.of("type", "DEPOSIT", "amountPaise", 100)).post("/api/v1/members/" + member + "/savings"),
                400, "Idempotency-Key");
        problem(json().header("Idempotency-Key", "k").body(Map.of("type", "DEPOSIT"))
                .post("/api/v1/members/" + member + "/savings"), 400, "amountPaise");
        problem(json().header("Idempotency-Key", "k").body(Map.of("type", "GIFT", "amountPaise", 100))
                .post("/api/v1/members/" + member + "/savings"), 400, "type");
        problem(json().header("Idempotency-Key", "k").body(Map.of("type", "DEPOSIT", "amountPaise", -5))
                .post("/api/v1/members/" + member + "/savings"), 400, "amountPaise");
        problem(deposit(999_999_999L, BooksFixtures.unique("k"), 100), 404, null);

        long txn = deposit(member, BooksFixtures.unique("k"), 10_000).then().statusCode(201).extract().jsonPath().getLong("txnId");
        problem(json().header("Idempotency-Key", BooksFixtures.unique("k")).body(Map.of("type", "WITHDRAWAL", "amountPaise", 10_001))
                .post("/api/v1/members/" + member + "/savings"), 422, null);

        long reversal = json().header("Idempotency-Key", BooksFixtures.unique("rv")).post("/api/v1/savings/" + txn + "/reversal")
                .then().statusCode(201).body("amountPaise", equalTo(-10_000)).body("reversesTxnId", equalTo((int) txn))
                .extract().jsonPath().getLong("txnId");
        problem(json().header("Idempotency-Key", BooksFixtures.unique("rv")).post("/api/v1/savings/" + txn + "/reversal"), 409, null);
        problem(json().header("Idempotency-Key", BooksFixtures.unique("rv")).post("/api/v1/savings/" + reversal + "/reversal"), 422, null);
        problem(json().header("Idempotency-Key", BooksFixtures.unique("rv")).post("/api/v1/savings/999999999/reversal"), 404, null);
    }

    @Test
    void loansScheduleRepaymentsAndDues() {
        long member = createMember(createShg(), BooksFixtures.phone());
        String loanBody = """
                {"memberId": %d, "fundSource": "CIF", "principalPaise": 1200000, "chargeMethod": "DECLINING", "rateBp": 200,
                 "ratePeriod": "MONTH", "frequency": "MONTHLY", "instalmentCount": 4, "disbursalDate": "2025-02-10",
                 "firstDueDate": "2025-03-10", "graceDays": 0}""".formatted(member);
        String key = BooksFixtures.unique("loan");
        Response created = json().header("Idempotency-Key", key).body(loanBody).post("/api/v1/loans");
        created.then().statusCode(201).body("totalChargePaise", equalTo(60_000)).body("instalments", hasSize(4))
                .body("instalments[0].chargePaise", equalTo(24_000));
        long loan = created.jsonPath().getLong("loanId");
        assertEquals(created.asString(), json().header("Idempotency-Key", key).body(loanBody).post("/api/v1/loans").asString());
        problem(json().body(loanBody).post("/api/v1/loans"), 400, "Idempotency-Key");
        problem(json().header("Idempotency-Key", BooksFixtures.unique("loan")).body(loanBody.replace("\"MONTHLY\"", "\"DAILY\""))
                .post("/api/v1/loans"), 400, "frequency");
        problem(json().header("Idempotency-Key", BooksFixtures.unique("loan")).body(loanBody.replace("\"instalmentCount\": 4,", ""))
                .post("/api/v1/loans"), 400, "instalmentCount");

        json().header("Idempotency-Key", BooksFixtures.unique("rp")).body(Map.of("amountPaise", 324_000))
                .post("/api/v1/loans/" + loan + "/repayments").then().statusCode(201)
                .body("outstandingAfterPaise", equalTo(1_260_000 - 324_000)).body("allocations", hasSize(1));
        problem(json().header("Idempotency-Key", BooksFixtures.unique("rp")).body(Map.of("amountPaise", 2_000_000))
                .post("/api/v1/loans/" + loan + "/repayments"), 422, null);
        problem(json().header("Idempotency-Key", BooksFixtures.unique("rp")).body(Map.of("amountPaise", 1))
                .post("/api/v1/loans/999999999/repayments"), 404, null);
        json().get("/api/v1/loans/" + loan).then().statusCode(200).body("paidPaise", equalTo(324_000))
                .body("instalments[0].chargePaidPaise", equalTo(24_000));

        // Next meeting after 9 Apr 2025 (a Wednesday) is that day; instalment 2 (10 Apr) is not yet due by it.
        json().queryParam("asOf", "2025-04-09").get("/api/v1/members/" + member + "/dues").then().statusCode(200)
                .body("nextMeetingDate", equalTo("2025-04-09")).body("amountDuePaise", equalTo(0));
        json().queryParam("asOf", "2025-04-11").get("/api/v1/members/" + member + "/dues").then().statusCode(200)
                .body("nextMeetingDate", equalTo("2025-04-16")).body("amountDuePaise", equalTo(318_000))
                .body("overduePaise", equalTo(318_000)).body("earliestDueDate", equalTo("2025-04-10"));
        problem(json().queryParam("asOf", "yesterday").get("/api/v1/members/" + member + "/dues"), 400, "asOf");
        problem(json().get("/api/v1/members/999999999/dues"), 404, null);
    }

    @Test
    void meetingsAreGeneratedAndListed() {
        long shg = createShg();
        json().body(Map.of("from", "2025-01-01", "to", "2025-01-31")).post("/api/v1/org-units/" + shg + "/meetings/generate")
                .then().statusCode(200).body("date", equalTo(java.util.List.of("2025-01-01", "2025-01-08", "2025-01-15",
                        "2025-01-22", "2025-01-29")));
        json().queryParam("from", "2025-01-10").queryParam("to", "2025-01-20").get("/api/v1/org-units/" + shg + "/meetings")
                .then().statusCode(200).body("date", equalTo(java.util.List.of("2025-01-15")));
        problem(json().body(Map.of("from", "2025-01-31", "to", "2025-01-01")).post("/api/v1/org-units/" + shg + "/meetings/generate"),
                400, "to");
        problem(json().post("/api/v1/meetings/999999999/cancellation"), 404, null);
    }

    @Test
    void consistencyAndApiDocsAreServed() {
        json().get("/api/v1/consistency").then().statusCode(200).body("checkedAt", org.hamcrest.Matchers.notNullValue());
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/members/{id}/savings"));
        // Provenance is the server's: the document offers no actor or channel to send, and says why.
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.SavingsPost.properties.amountPaise", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.SavingsPost.properties.actor", nullValue())
                .body("components.schemas.SavingsPost.properties.channel", nullValue())
                .body("components.schemas.Repayment.properties.actor", nullValue())
                .body("components.schemas.LoanTerms.properties.channel", nullValue())
                .body("components.schemas.Posting.properties.actor", nullValue())
                .body("components.schemas.SavingsPost.description", containsString("recorded by the server"))
                .body("paths.'/api/v1/members/{id}/savings'.post.description", containsString("refused with 409"));
        problem(json().get("/api/v1/no-such-thing"), 404, null);
    }
}
