package org.sakhiline.admin.records;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxStatus;
import org.sakhiline.messaging.OutboxTestSupport;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * The console's record pages as a browser uses them: who may open what, every form guarded by its CSRF
 * token, a reversal that happens once however often the form is posted, a failed message sent again.
 */
@QuarkusTest
class ConsoleRecordsTest {

    private static final Pattern REVERSAL_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Inject
    ScopedBooks books;

    @Inject
    SavingsService savings;

    @Inject
    EntityManager em;

    ScopedBooks.Branch mine;
    ScopedBooks.Branch other;
    ConsoleAuth.Session staff;
    ConsoleAuth.Session admin;

    @BeforeEach
    void twoVillageOrganisations() {
        mine = books.create();
        other = books.create();
        staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
        admin = ConsoleAuth.signInAsAdmin();
    }

    private List<String> pagesOf(ScopedBooks.Branch b) {
        return List.of("/admin/org-units", "/admin/org-units/" + b.voId(), "/admin/org-units/" + b.shgId(),
                "/admin/members", "/admin/members?q=Sunita", "/admin/members/" + b.memberId(),
                "/admin/outbox", "/admin/outbox?status=failed", "/admin/outbox/" + b.failedMessageId(),
                "/admin/reminder-rules", "/admin/reminder-rules?unit=" + b.voId(),
                "/admin/reminder-rules/new?unit=" + b.shgId() + "&kind=LOAN_OVERDUE",
                "/admin/reminder-rules/" + b.ruleId() + "/edit", "/admin/audit", "/admin/audit?action=savings.");
    }

    @Test
    void everyPageOpensForAdministratorAndStaffOfThatBranch() {
        for (String page : pagesOf(mine)) {
            admin.given().get(page).then().statusCode(200).contentType(containsString("text/html"));
            staff.given().get(page).then().statusCode(200).contentType(containsString("text/html"));
        }
        admin.given().get("/admin/users").then().statusCode(200).body(containsString(mine.staffUser()));
        staff.given().get("/admin/users").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String page : pagesOf(mine)) {
            given().redirects().follow(false).get(page).then().statusCode(302).header("Location", containsString("/admin/login"));
        }
        given().redirects().follow(false).get("/admin/users").then().statusCode(302);
    }

    @Test
    void staffCannotOpenOrChangeAnotherBranch() {
        staff.given().get("/admin/members/" + other.memberId()).then().statusCode(403);
        staff.given().get("/admin/org-units/" + other.shgId()).then().statusCode(403);
        staff.given().get("/admin/outbox/" + other.failedMessageId()).then().statusCode(403);
        staff.given().get("/admin/reminder-rules/" + other.ruleId() + "/edit").then().statusCode(403);
        staff.given().get("/admin/reminder-rules?unit=" + other.voId()).then().statusCode(403);

        String csrf = staff.csrfFrom("/admin/members/" + mine.memberId());
        staff.given().formParam("csrf", csrf).formParam("reason", "entered twice by mistake")
                .formParam("idempotencyKey", "console-reversal:" + other.depositTxnId() + ":forged")
                .post("/admin/members/" + other.memberId() + "/savings/" + other.depositTxnId() + "/reversal")
                .then().statusCode(403);
        staff.given().formParam("csrf", csrf).post("/admin/outbox/" + other.failedMessageId() + "/retry").then().statusCode(403);
        staff.given().formParam("csrf", csrf).post("/admin/reminder-rules/" + other.ruleId() + "/deactivate").then().statusCode(403);
        staff.given().formParam("csrf", csrf).formParam("orgUnitCode", other.shgCode()).formParam("kind", "LOAN_OVERDUE")
                .formParam("daysOffset", "3").formParam("sendAt", "10:00").formParam("channel", "SMS").formParam("active", "on")
                .post("/admin/reminder-rules").then().statusCode(403);

        assertEquals(0, reversalsOf(other.depositTxnId()));
        assertEquals(OutboxStatus.FAILED, OutboxTestSupport.load(other.failedMessageId()).status);
        admin.given().get("/admin/members/" + other.memberId()).then().statusCode(200);
    }

    @Test
    void listsShowOnlyTheReadersBranch() {
        staff.given().get("/admin/members?q=Sunita Scope").then().statusCode(200)
                .body(containsString("/admin/members/" + mine.memberId() + "\""))
                .body(not(containsString("/admin/members/" + other.memberId() + "\"")));
        staff.given().get("/admin/outbox?status=failed").then().statusCode(200)
                .body(containsString("id=\"message-" + mine.failedMessageId() + "\""))
                .body(not(containsString("id=\"message-" + other.failedMessageId() + "\"")));
        staff.given().get("/admin/org-units").then().statusCode(200).body(containsString(mine.voCode()))
                .body(not(containsString(other.voCode())));
        staff.given().get("/admin/reminder-rules").then().statusCode(200).body(containsString("id=\"rule-" + mine.ruleId() + "\""))
                .body(not(containsString("id=\"rule-" + other.ruleId() + "\"")));
        admin.given().get("/admin/outbox?status=failed").then().statusCode(200)
                .body(containsString("id=\"message-" + other.failedMessageId() + "\""));
    }

    @Test
    void searchFindsHerByNativeNameMemberNumberAndPhoneDigits() {
        String suffix = mine.phone().substring(mine.phone().length() - 6);
        for (String q : List.of(mine.nativeName(), mine.nativeName().split(" ")[1], Integer.toString(mine.memberNo()), suffix,
                mine.phone())) {
            staff.given().queryParam("q", q).get("/admin/members").then().statusCode(200)
                    .body(containsString("id=\"members\""), containsString("/admin/members/" + mine.memberId() + "\""));
        }
        admin.given().queryParam("q", mine.nativeName()).get("/admin/members").then().statusCode(200)
                .body(containsString("lang=\"hi\""), containsString(mine.nativeName()),
                        not(containsString("/admin/members/" + other.memberId() + "\"")));
    }

    @Test
    void memberPageShowsHerBooksWithIndianGrouping() {
        staff.given().get("/admin/members/" + mine.memberId()).then().statusCode(200)
                .body(containsString("Rs 1,25,300"), containsString(mine.phone()), containsString("id=\"reverse-" + mine.depositTxnId() + "\""),
                        containsString("name=\"reason\""), containsString("Loan " + mine.loanId()), containsString("overdue"),
                        containsString("<span lang=\"hi\">" + mine.nativeName() + "</span>"));
    }

    @Test
    void doubleSubmittedReversalReversesOnceAndIsAuditedWithItsReason() {
        String page = staff.given().get("/admin/members/" + mine.memberId()).then().statusCode(200).extract().asString();
        String csrf = staff.csrfFrom("/admin/members/" + mine.memberId());
        String key = keyOfReversalForm(page, mine.depositTxnId());
        String reason = "Deposit was entered twice at the meeting of 7 Jan";
        String path = "/admin/members/" + mine.memberId() + "/savings/" + mine.depositTxnId() + "/reversal";

        for (int i = 0; i < 2; i++) {
            staff.given().formParam("csrf", csrf).formParam("reason", reason).formParam("idempotencyKey", key).post(path)
                    .then().statusCode(303).header("Location", containsString("/admin/members/" + mine.memberId() + "?reversed="));
        }
        assertEquals(1, reversalsOf(mine.depositTxnId()));
        assertEquals(0, savings.balancePaise(mine.memberId()));
        Object[] reversal = (Object[]) em.createNativeQuery("SELECT note, channel, actor, idempotency_key FROM savings_txn"
                + " WHERE reverses_txn_id = ?1").setParameter(1, mine.depositTxnId()).getSingleResult();
        assertEquals(List.of(reason, "CONSOLE", "console:" + mine.staffUser(), "client:" + mine.staffUser() + ":" + key),
                List.of(reversal));
        staff.given().get("/admin/members/" + mine.memberId() + "?reversed=" + mine.depositTxnId()).then().statusCode(200)
                .body(containsString("has been reversed"), not(containsString("id=\"reverse-" + mine.depositTxnId() + "\"")));

        List<?> audit = em.createNativeQuery("SELECT actor, org_unit_id, before_json, after_json, summary FROM audit_event"
                + " WHERE action = 'savings.reverse' AND entity_id = ?1").setParameter(1, Long.toString(mine.depositTxnId()))
                .getResultList();
        assertEquals(1, audit.size());
        Object[] row = (Object[]) audit.get(0);
        assertEquals(mine.staffUser(), row[0]);
        assertEquals(mine.shgId(), ((Number) row[1]).longValue());
        assertTrue(row[2].toString().contains("\"balancePaise\":12530000") && row[2].toString().contains("\"reversed\":false"),
                row[2].toString());
        assertTrue(row[3].toString().contains("\"balancePaise\":0") && row[3].toString().contains(reason), row[3].toString());
        assertTrue(row[4].toString().contains(reason));

        // A fresh form for the same entry is refused: it has been reversed already.
        staff.given().formParam("csrf", csrf).formParam("reason", reason)
                .formParam("idempotencyKey", "console-reversal:" + mine.depositTxnId() + ":another").post(path)
                .then().statusCode(409).body(containsString("already been reversed"));
        assertEquals(1, reversalsOf(mine.depositTxnId()));
    }

    @Test
    void twoClicksAtOnceStillReverseOnce() throws Exception {
        String page = staff.given().get("/admin/members/" + mine.memberId()).then().statusCode(200).extract().asString();
        String csrf = staff.csrfFrom("/admin/members/" + mine.memberId());
        String key = keyOfReversalForm(page, mine.depositTxnId());
        String path = "/admin/members/" + mine.memberId() + "/savings/" + mine.depositTxnId() + "/reversal";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return staff.given().formParam("csrf", csrf).formParam("reason", "double click on a slow phone")
                            .formParam("idempotencyKey", key).post(path).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(303, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, reversalsOf(mine.depositTxnId()));
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'savings.reverse'"
                + " AND entity_id = ?1").setParameter(1, Long.toString(mine.depositTxnId())).getSingleResult()).longValue());
    }

    @Test
    void reversalNeedsAReason() {
        String page = staff.given().get("/admin/members/" + mine.memberId()).then().extract().asString();
        String csrf = staff.csrfFrom("/admin/members/" + mine.memberId());
        staff.given().formParam("csrf", csrf).formParam("reason", "  ")
                .formParam("idempotencyKey", keyOfReversalForm(page, mine.depositTxnId()))
                .post("/admin/members/" + mine.memberId() + "/savings/" + mine.depositTxnId() + "/reversal")
                .then().statusCode(400).body(containsString("was not reversed"));
        assertEquals(0, reversalsOf(mine.depositTxnId()));
    }

    @Test
    void retryPutsAFailedMessageBackInTheQueue() {
        String csrf = staff.csrfFrom("/admin/outbox");
        staff.given().formParam("csrf", csrf).formParam("back", "/admin/outbox?status=failed")
                .post("/admin/outbox/" + mine.failedMessageId() + "/retry")
                .then().statusCode(303).header("Location", containsString("/admin/outbox?status=failed"));
        OutboxMessage m = OutboxTestSupport.load(mine.failedMessageId());
        assertEquals(OutboxStatus.PENDING, m.status);
        assertEquals(0, m.attempts);
        assertEquals(null, m.errorCode);

        // Sent again a second time by mistake: refused, nothing changes.
        staff.given().formParam("csrf", csrf).post("/admin/outbox/" + mine.failedMessageId() + "/retry").then().statusCode(422);
        Object[] audit = (Object[]) em.createNativeQuery("SELECT before_json, after_json, org_unit_id FROM audit_event"
                + " WHERE action = 'outbox.retry' AND entity_id = ?1").setParameter(1, Long.toString(mine.failedMessageId()))
                .getSingleResult();
        assertTrue(audit[0].toString().contains("\"FAILED\"") && audit[1].toString().contains("\"PENDING\""));
        assertEquals(mine.shgId(), ((Number) audit[2]).longValue());
        // Lists mask the phone; the message page shows it whole.
        staff.given().get("/admin/outbox").then().body(not(containsString(mine.phone())));
        staff.given().get("/admin/outbox/" + mine.failedMessageId()).then().body(containsString(mine.phone()));
    }

    @Test
    void everyFormIsRefusedWithoutItsCsrfToken() {
        admin.csrfFrom("/admin/members/" + mine.memberId());   // the browser holds the cookie, the post lacks the field
        List<String> posts = List.of("/admin/members/" + mine.memberId() + "/savings/" + mine.depositTxnId() + "/reversal",
                "/admin/outbox/" + mine.failedMessageId() + "/retry", "/admin/reminder-rules",
                "/admin/reminder-rules/" + mine.ruleId(), "/admin/reminder-rules/" + mine.ruleId() + "/deactivate",
                "/admin/users", "/admin/users/1/password");
        for (String post : posts) {
            admin.given().formParam("reason", "no token here").formParam("password", "a-long-password-1")
                    .post(post).then().statusCode(403);
        }
        assertEquals(0, reversalsOf(mine.depositTxnId()));
        assertEquals(OutboxStatus.FAILED, OutboxTestSupport.load(mine.failedMessageId()).status);
    }

    @Test
    void reminderRulesAreCreatedChangedAndDeactivatedWithAnAuditTrail() {
        String csrf = staff.csrfFrom("/admin/reminder-rules/new?unit=" + mine.shgId());
        Response created = staff.given().formParam("csrf", csrf).formParam("orgUnitCode", mine.voCode())
                .formParam("kind", "LOAN_OVERDUE").formParam("daysOffset", "3").formParam("sendAt", "10:00")
                .formParam("repeatEveryDays", "7").formParam("maxSends", "2").formParam("channel", "BOTH")
                .formParam("windowStart", "09:00").formParam("windowEnd", "19:00").formParam("active", "on")
                .post("/admin/reminder-rules");
        created.then().statusCode(303);
        long id = Long.parseLong(created.header("Location").replaceAll(".*saved=", ""));
        staff.given().get("/admin/reminder-rules?unit=" + mine.voId()).then().statusCode(200)
                .body(containsString("3 days after the due date at 10:00 by SMS and voice call, only between 09:00 and 19:00;"
                        + " every 7 days, up to 2 times"),
                        containsString("from " + mine.voCode()));

        staff.given().formParam("csrf", csrf).formParam("orgUnitCode", mine.voCode()).formParam("kind", "LOAN_OVERDUE")
                .formParam("daysOffset", "x").formParam("sendAt", "10:00").formParam("channel", "SMS")
                .post("/admin/reminder-rules/" + id).then().statusCode(400).body(containsString("whole number"), containsString("value=\"x\""));
        staff.given().formParam("csrf", csrf).formParam("orgUnitCode", mine.voCode()).formParam("kind", "LOAN_OVERDUE")
                .formParam("daysOffset", "5").formParam("sendAt", "10:00").formParam("maxSends", "1").formParam("channel", "SMS")
                .formParam("active", "on").post("/admin/reminder-rules/" + id).then().statusCode(303);
        staff.given().formParam("csrf", csrf).post("/admin/reminder-rules/" + id + "/deactivate").then().statusCode(303);

        List<?> rows = em.createNativeQuery("SELECT action, before_json, after_json FROM audit_event WHERE entity_type = 'reminderRule'"
                + " AND entity_id = ?1 ORDER BY id").setParameter(1, Long.toString(id)).getResultList();
        assertEquals(3, rows.size());
        Object[] update = (Object[]) rows.get(1);
        assertEquals("reminderRule.update", update[0]);
        assertTrue(update[1].toString().contains("\"daysOffset\":3") && update[2].toString().contains("\"daysOffset\":5"));
        Object[] deactivate = (Object[]) rows.get(2);
        assertTrue(deactivate[2].toString().contains("\"active\":false"));
    }

    @Test
    void auditLogShowsStaffHerOwnBranchOnly() {
        reverseAs(staff, mine);
        ConsoleAuth.Session otherStaff = ConsoleAuth.signIn(other.staffUser(), ScopedBooks.STAFF_PASSWORD);
        reverseAs(otherStaff, other);
        staff.given().get("/admin/audit?action=savings.").then().statusCode(200)
                .body(containsString("Reversed savings entry " + mine.depositTxnId() + " "))
                .body(not(containsString("Reversed savings entry " + other.depositTxnId() + " ")))
                .body(containsString("Before and after"));
        admin.given().get("/admin/audit?action=savings.reverse&actor=" + other.staffUser()).then().statusCode(200)
                .body(containsString("Reversed savings entry " + other.depositTxnId() + " "))
                .body(not(containsString("Reversed savings entry " + mine.depositTxnId() + " ")));
    }

    @Test
    void administratorCreatesUsersAndResetsPasswordsWithoutAuditingThem() {
        String csrf = admin.csrfFrom("/admin/users");
        String username = "crp-" + System.nanoTime();
        admin.given().formParam("csrf", csrf).formParam("username", username).formParam("displayName", "Asha CRP")
                .formParam("role", "STAFF").formParam("orgUnitCode", mine.voCode()).formParam("password", "first-password-1")
                .post("/admin/users").then().statusCode(303);
        ConsoleAuth.signIn(username, "first-password-1").given().get("/admin/members/" + mine.memberId()).then().statusCode(200);

        admin.given().formParam("csrf", csrf).formParam("username", "x").formParam("role", "STAFF")
                .formParam("orgUnitCode", mine.voCode()).formParam("password", "first-password-1")
                .post("/admin/users").then().statusCode(400).body(containsString("3-64 characters"));

        long id = ((Number) em.createNativeQuery("SELECT id FROM console_user WHERE username = ?1").setParameter(1, username)
                .getSingleResult()).longValue();
        admin.given().formParam("csrf", csrf).formParam("password", "second-password-2").post("/admin/users/" + id + "/password")
                .then().statusCode(303);
        ConsoleAuth.signIn(username, "second-password-2").given().get("/admin").then().statusCode(200);

        List<?> audit = em.createNativeQuery("SELECT CONCAT(action, ' ', COALESCE(summary, ''), ' ', COALESCE(before_json, ''),"
                + " ' ', COALESCE(after_json, '')) FROM audit_event WHERE entity_type = 'consoleUser' AND entity_id = ?1")
                .setParameter(1, Long.toString(id)).getResultList();
        assertEquals(2, audit.size());
        for (Object row : audit) {
            assertTrue(!row.toString().contains("first-password-1") && !row.toString().contains("second-password-2")
                    && !row.toString().contains("$2a$"), row.toString());
        }
        staff.given().formParam("csrf", staff.csrfFrom("/admin/members")).formParam("password", "third-password-3")
                .post("/admin/users/" + id + "/password").then().statusCode(403);
    }

    @Test
    void aDisabledUserIsLockedOutAtOnceAndCanBeLetBackIn() {
        String csrf = admin.csrfFrom("/admin/users");
        String username = "leaver-" + System.nanoTime();
        admin.given().formParam("csrf", csrf).formParam("username", username).formParam("role", "STAFF")
                .formParam("orgUnitCode", mine.voCode()).formParam("password", "leaver-password-1")
                .post("/admin/users").then().statusCode(303);
        long id = ((Number) em.createNativeQuery("SELECT id FROM console_user WHERE username = ?1").setParameter(1, username)
                .getSingleResult()).longValue();
        ConsoleAuth.Session open = ConsoleAuth.signIn(username, "leaver-password-1");
        open.given().get("/admin/members/" + mine.memberId()).then().statusCode(200);

        admin.given().formParam("csrf", csrf).post("/admin/users/" + id + "/disable").then().statusCode(303);
        // the browser she left signed in is out on its next request, and so is the API
        open.given().get("/admin/members/" + mine.memberId()).then().statusCode(302)
                .header("Location", containsString("/admin/login"));
        ConsoleAuth.as(username, "leaver-password-1").get("/api/v1/members/" + mine.memberId()).then().statusCode(401);
        admin.given().get("/admin/users").then().statusCode(200).body(containsString("id=\"enable-" + id + "\""));

        admin.given().formParam("csrf", csrf).post("/admin/users/" + id + "/enable").then().statusCode(303);
        ConsoleAuth.as(username, "leaver-password-1").get("/api/v1/members/" + mine.memberId()).then().statusCode(200);

        long adminId = ((Number) em.createNativeQuery("SELECT id FROM console_user WHERE username = 'admin'")
                .getSingleResult()).longValue();
        admin.given().formParam("csrf", csrf).post("/admin/users/" + adminId + "/disable").then().statusCode(422)
                .body(containsString("own account"));
        staff.given().formParam("csrf", staff.csrfFrom("/admin/members")).post("/admin/users/" + id + "/disable")
                .then().statusCode(403);
        assertEquals(2, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'consoleUser'"
                + " AND entity_id = ?1 AND action IN ('consoleUser.disable', 'consoleUser.enable')")
                .setParameter(1, Long.toString(id)).getSingleResult()).intValue());
    }

    private void reverseAs(ConsoleAuth.Session session, ScopedBooks.Branch b) {
        String page = session.given().get("/admin/members/" + b.memberId()).then().statusCode(200).extract().asString();
        session.given().formParam("csrf", session.csrfFrom("/admin/members/" + b.memberId()))
                .formParam("reason", "wrong member credited").formParam("idempotencyKey", keyOfReversalForm(page, b.depositTxnId()))
                .post("/admin/members/" + b.memberId() + "/savings/" + b.depositTxnId() + "/reversal").then().statusCode(303);
    }

    private static String keyOfReversalForm(String page, long txnId) {
        int form = page.indexOf("id=\"reverse-" + txnId + "\"");
        assertTrue(form >= 0, "no reversal form for " + txnId);
        Matcher m = REVERSAL_KEY.matcher(page.substring(form));
        assertTrue(m.find());
        assertNotNull(m.group(1));
        return m.group(1);
    }

    private long reversalsOf(long txnId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM savings_txn WHERE reverses_txn_id = ?1").setParameter(1, txnId).getSingleResult()).longValue());
    }
}
