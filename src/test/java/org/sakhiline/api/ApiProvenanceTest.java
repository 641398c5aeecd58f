package org.sakhiline.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.PostingLimits;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * Issue 15, item 4 replayed over HTTP Basic: the API no longer lets a client describe who posted or through
 * which channel, share the system's idempotency keys, post unbounded amounts or post to an exited member.
 */
@QuarkusTest
class ApiProvenanceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ScopedBooks scoped;

    @Inject
    SavingsService savings;

    @Inject
    PostingLimits limits;

    @Inject
    EntityManager em;

    private ScopedBooks.Branch branch;

    @BeforeEach
    void newBranch() {
        branch = scoped.create();
    }

    private static RequestSpecification admin(String key) {
        return ConsoleAuth.asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).header("Idempotency-Key", key);
    }

    private RequestSpecification staff(String key) {
        return ConsoleAuth.as(branch.staffUser(), ScopedBooks.STAFF_PASSWORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON).header("Idempotency-Key", key);
    }

    private static Map<String, Object> deposit(long amount, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "DEPOSIT", "amountPaise", amount));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private Response postSavings(RequestSpecification who, Object body) {
        return who.body(body).post("/api/v1/members/" + branch.memberId() + "/savings");
    }

    private static void refused(Response r, int status, String type, String field) {
        r.then().statusCode(status).contentType(PROBLEM).body("type", equalTo("https://sakhiline.org/problems/" + type));
        if (field != null) {
            r.then().body("errors.field", hasItem(field));
        }
    }

    private Object[] row(String sql, Object param) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(sql).setParameter(1, param)
                .getSingleResult());
    }

    private long balance() {
        return savings.balancePaise(branch.memberId());
    }

    @Test
    void aBodyThatNamesActorOrChannelIsRefusedAndPostsNothing() {
        long before = balance();
        refused(postSavings(admin(BooksFixtures.unique("k")), deposit(5_000, "actor", "staff:2", "channel", "SMS")),
                400, "invalid-input", "actor");
        refused(postSavings(admin(BooksFixtures.unique("k")), deposit(5_000, "channel", "SMS")), 400, "invalid-input", "channel");
        postSavings(admin(BooksFixtures.unique("k")), deposit(5_000, "actor", "staff:2")).then()
                .body("errors.find { it.field == 'actor' }.message", containsString("recorded by the server"));
        refused(admin(BooksFixtures.unique("k")).body(Map.of("amountPaise", 100, "actor", "member:1"))
                .post("/api/v1/loans/" + branch.loanId() + "/repayments"), 400, "invalid-input", "actor");
        refused(admin(BooksFixtures.unique("k")).body(Map.of("channel", "SMS"))
                .post("/api/v1/savings/" + branch.depositTxnId() + "/reversal"), 400, "invalid-input", "channel");
        assertEquals(before, balance());
    }

    @Test
    void theServerRecordsTheSignedInUserAndTheApiChannel() {
        String key = BooksFixtures.unique("k");
        long txn = postSavings(staff(key), deposit(5_000, "externalRef", "NEFT-881", "note", "paid at the bank"))
                .then().statusCode(201).extract().jsonPath().getLong("txnId");
        Object[] saved = row("SELECT actor, channel, idempotency_key, external_ref, note FROM savings_txn WHERE id = ?1", txn);
        assertEquals("console:" + branch.staffUser(), saved[0]);
        assertEquals("API", saved[1]);
        assertEquals("client:" + branch.staffUser() + ":" + key, saved[2]);
        assertEquals("NEFT-881", saved[3]);
        assertEquals("paid at the bank", saved[4]);

        long repayment = admin(BooksFixtures.unique("k")).body(Map.of("amountPaise", 100))
                .post("/api/v1/loans/" + branch.loanId() + "/repayments").then().statusCode(201).extract().jsonPath()
                .getLong("repaymentId");
        Object[] repaid = row("SELECT actor, channel FROM loan_repayment WHERE id = ?1", repayment);
        assertEquals(List.of("console:admin", "API"), List.of(repaid));

        long loan = admin(BooksFixtures.unique("k")).body(loanTerms(50_000_00L)).post("/api/v1/loans").then().statusCode(201)
                .extract().jsonPath().getLong("loanId");
        assertEquals(List.of("console:admin", "API"), List.of(row("SELECT actor, channel FROM loan WHERE id = ?1", loan)));

        refused(postSavings(admin("two words"), deposit(100)), 400, "invalid-input", "Idempotency-Key");
        refused(postSavings(admin(BooksFixtures.unique("k")), deposit(100, "note", "line\u0000two")), 400, "invalid-input", "note");
        refused(postSavings(admin(BooksFixtures.unique("k")), deposit(100, "externalRef", "x".repeat(65))), 400, "invalid-input",
                "externalRef");
    }

    private String loanTerms(long principal) {
        return """
                {"memberId": %d, "fundSource": "SHG_OWN", "principalPaise": %d, "chargeMethod": "FLAT", "rateBp": 100,
                 "ratePeriod": "MONTH", "frequency": "MONTHLY", "instalmentCount": 4, "disbursalDate": "2026-02-01",
                 "firstDueDate": "2026-03-01"}""".formatted(branch.memberId(), principal);
    }

    @Test
    void clientKeysNeverMeetTheSystemsKeys() {
        String systemKey = "sms-confirm:" + BooksFixtures.unique("c");
        long viaApi = postSavings(admin(systemKey), deposit(1_000)).then().statusCode(201).extract().jsonPath().getLong("txnId");
        long viaMitra = savings.deposit(branch.memberId(), 1_000,
                PostingContext.of(systemKey, Channel.SMS, "staff:" + branch.staffId(), LocalDate.now())).txnId();
        assertNotEquals(viaApi, viaMitra, "the mitra's confirmation is a posting of its own, not a replay of the client's");
        assertEquals("client:admin:" + systemKey, row("SELECT idempotency_key, id FROM savings_txn WHERE id = ?1", viaApi)[0]);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefusedWithoutNamingTheOtherPosting() {
        String key = BooksFixtures.unique("k");
        Response first = postSavings(admin(key), deposit(2_500, "valueDate", "2026-02-03"));
        first.then().statusCode(201);
        String txn = Long.toString(first.jsonPath().getLong("txnId"));

        Response again = postSavings(admin(key), deposit(2_500, "valueDate", "2026-02-03"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());

        for (Response reuse : List.of(
                postSavings(admin(key), deposit(2_600, "valueDate", "2026-02-03")),
                postSavings(admin(key), deposit(2_500, "valueDate", "2026-02-04")),
                postSavings(admin(key), deposit(2_500, "valueDate", "2026-02-03", "externalRef", "other")),
                postSavings(admin(key), Map.of("type", "WITHDRAWAL", "amountPaise", 2_500, "valueDate", "2026-02-03")),
                admin(key).body(Map.of("amountPaise", 2_500)).post("/api/v1/loans/" + branch.loanId() + "/repayments"),
                admin(key).post("/api/v1/savings/" + branch.depositTxnId() + "/reversal"))) {
            refused(reuse, 409, "idempotency-key-reused", null);
            reuse.then().body("detail", not(containsString(txn)));
        }
        // Another user's key of the same spelling is hers: a posting of its own, not the admin's answer.
        Response hers = postSavings(staff(key), deposit(2_500, "valueDate", "2026-02-03"));
        hers.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(txn, Long.toString(hers.jsonPath().getLong("txnId")));
    }

    @Test
    void amountsAreWholePaiseWithinTheConfiguredLimits() {
        long before = balance();
        for (String amount : List.of("9223372036854775807", "9223372036854000000", "9223372036854775808", "100.5", "1e3",
                "\"100\"", "0", "-5")) {
            refused(postSavings(admin(BooksFixtures.unique("k")), "{\"type\": \"DEPOSIT\", \"amountPaise\": " + amount + "}"),
                    400, "invalid-input", "amountPaise");
        }
        long max = limits.maxDepositPaise();
        postSavings(admin(BooksFixtures.unique("k")), deposit(max + 1)).then().statusCode(400)
                .body("errors.find { it.field == 'amountPaise' }.message", containsString("at most " + max + " paise"));
        assertEquals(before, balance());
        postSavings(admin(BooksFixtures.unique("k")), deposit(max)).then().statusCode(201);
        assertEquals(before + max + 100, postSavings(admin(BooksFixtures.unique("k")), deposit(100)).then().statusCode(201)
                .extract().jsonPath().getLong("balanceAfterPaise"));
        refused(postSavings(admin(BooksFixtures.unique("k")),
                Map.of("type", "WITHDRAWAL", "amountPaise", limits.maxWithdrawalPaise() + 1)), 400, "invalid-input", "amountPaise");
        refused(admin(BooksFixtures.unique("k")).body(Map.of("amountPaise", limits.maxRepaymentPaise() + 1))
                .post("/api/v1/loans/" + branch.loanId() + "/repayments"), 400, "invalid-input", "amountPaise");
        refused(admin(BooksFixtures.unique("k")).body(loanTerms(limits.maxLoanPrincipalPaise() + 1)).post("/api/v1/loans"),
                400, "invalid-input", "principalPaise");
        refused(admin(BooksFixtures.unique("k")).body(loanTerms(Long.MAX_VALUE)).post("/api/v1/loans"),
                400, "invalid-input", "principalPaise");
    }

    @Test
    void anExitedMembersBooksTakeNoPostingsButEarlierAnswersStillReplay() {
        String key = BooksFixtures.unique("k");
        Response before = postSavings(admin(key), deposit(700));
        before.then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE member SET status = 'EXITED' WHERE id = ?1")
                .setParameter(1, branch.memberId()).executeUpdate());
        long balance = balance();

        refused(postSavings(admin(BooksFixtures.unique("k")), deposit(700)), 422, "member-exited", null);
        refused(postSavings(admin(BooksFixtures.unique("k")), Map.of("type", "WITHDRAWAL", "amountPaise", 700)),
                422, "member-exited", null);
        refused(admin(BooksFixtures.unique("k")).post("/api/v1/savings/" + branch.depositTxnId() + "/reversal"),
                422, "member-exited", null);
        refused(admin(BooksFixtures.unique("k")).body(Map.of("amountPaise", 100))
                .post("/api/v1/loans/" + branch.loanId() + "/repayments"), 422, "member-exited", null);
        refused(admin(BooksFixtures.unique("k")).post("/api/v1/loan-repayments/" + branch.repaymentId() + "/reversal"),
                422, "member-exited", null);
        refused(admin(BooksFixtures.unique("k")).body(loanTerms(10_000_00L)).post("/api/v1/loans"), 422, "member-exited", null);
        postSavings(admin(BooksFixtures.unique("k")), deposit(700)).then().body("detail", containsString("exited"));
        assertEquals(balance, balance());

        Response replay = postSavings(admin(key), deposit(700));
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(before.asString(), replay.asString());
    }
}
