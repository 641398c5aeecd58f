package org.sakhiline.channel.ussd;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;

/**
 * Whole conversations over the Africa's Talking protocol against the real engine, ledger and MariaDB:
 * form POSTs in, {@code CON}/{@code END} text out, with the accumulated {@code text} field.
 */
@QuarkusTest
class AfricasTalkingUssdTest {

    static final String KEY = "test-gateway-secret";

    @Inject
    UssdTestMembers members;
    @Inject
    UssdConversation conversation;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realClock() {
        conversation.useClock(Clock.systemUTC());
    }

    /** One Africa's Talking session: remembers the inputs and sends them joined by '*'. */
    static final class AtSession {
        final String id = "ATUid_" + UUID.randomUUID();
        final String phone;
        final List<String> inputs = new ArrayList<>();

        AtSession(String phone) {
            this.phone = phone;
        }

        String dial() {
            return post("");
        }

        String send(String input) {
            inputs.add(input);
            return post(String.join("*", inputs));
        }

        String post(String text) {
            Response r = given().header("X-Gateway-Key", KEY)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("sessionId", id).formParam("serviceCode", "*384*55#")
                    .formParam("phoneNumber", phone).formParam("networkCode", "62120").formParam("text", text)
                    .post("/ussd/africastalking");
            r.then().statusCode(200).contentType(containsString("text/plain"));
            String body = r.asString();
            assertTrue(body.startsWith("CON ") || body.startsWith("END "), () -> "not a USSD answer: " + body);
            return body;
        }
    }

    @Test
    void englishMemberReadsHerBalanceAfterHerPinAndGoesBack() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Asha Das", null, "en", ScriptVariant.NATIVE, "2468", phone);
        members.deposit(id, 100_000, LocalDate.of(2026, 10, 7));
        members.deposit(id, 25_050, LocalDate.of(2026, 10, 14));
        AtSession s = new AtSession(phone);

        assertEquals("CON 1 Savings\n2 Loan dues\n3 Next meeting\n4 Mini statement\n5 Language\n6 Change PIN", s.dial());
        assertEquals("CON Enter your PIN:\n0 Back", s.send("1"));
        String balance = s.send("2468");
        assertEquals("CON Your savings: Rs 1,250.50\n1 Mini statement\n0 Back", balance);
        assertThat(s.send("0"), startsWith("CON 1 Savings"));
    }

    @Test
    void firstUseSetsAPinThenReachesTheMenu() {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Rekha Bora", null, "en", ScriptVariant.NATIVE, null, phone);
        AtSession s = new AtSession(phone);

        assertEquals("CON Set a new 4-digit PIN:", s.dial());
        assertEquals("CON Enter the PIN again:", s.send("1357"));
        assertEquals("CON PIN saved.\n1 Savings\n2 Loan dues\n3 Next meeting\n4 Mini statement\n5 Language\n6 Change PIN",
                s.send("1357"));
        // She has just proved who she is: the balance needs no second PIN in this session...
        assertThat(s.send("1"), startsWith("CON Your savings: Rs 0"));
        // ...but the next session asks for the PIN she set.
        AtSession next = new AtSession(phone);
        next.dial();
        assertEquals("CON Enter your PIN:\n0 Back", next.send("1"));
        assertThat(next.send("1357"), startsWith("CON Your savings: Rs 0"));
    }

    @Test
    void aSharedPhoneAsksWhoIsCallingByNameInHerScript() {
        String phone = UssdTestMembers.phone();
        long shg = members.shg();
        members.member(shg, "Sita Devi", "सीता देवी", "hi", ScriptVariant.NATIVE, "1111", phone);
        long geeta = members.member(shg, "Geeta Devi", "गीता देवी", "hi", ScriptVariant.NATIVE, "2222", phone);
        members.deposit(geeta, 50_000, LocalDate.of(2026, 11, 4));
        AtSession s = new AtSession(phone);

        String who = s.dial();
        assertThat(who, startsWith("CON कौन बोल रही हैं?"));
        assertThat(who, containsString("1 गीता देवी"));
        assertThat(who, containsString("2 सीता देवी"));
        assertThat(s.send("1"), startsWith("CON 1 बचत"));
        s.send("1");
        assertEquals("CON आपकी बचत: Rs 500\n1 लेन-देन\n0 पीछे", s.send("2222"));
    }

    @Test
    void anUnknownPhoneGetsAShortEndInTheDefaultLanguage() {
        AtSession s = new AtSession(UssdTestMembers.phone());
        assertEquals("END यह नंबर दर्ज नहीं है। अपनी समूह लीडर से पूछें।", s.dial());
    }

    @Test
    void threeWrongPinsLockForThirtyMinutesEvenAcrossSessions() {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Mala Roy", null, "en", ScriptVariant.NATIVE, "4321", phone);
        Instant t0 = Instant.parse("2026-11-20T06:00:00Z");
        conversation.useClock(Clock.fixed(t0, ZoneOffset.UTC));
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        assertEquals("CON Wrong PIN. Tries left: 2\nEnter your PIN:\n0 Back", s.send("0000"));
        assertEquals("CON Wrong PIN. Tries left: 1\nEnter your PIN:\n0 Back", s.send("1111"));
        assertThat(s.send("2222"), startsWith("END PIN locked. Try again in 30 min."));

        AtSession again = new AtSession(phone);
        again.dial();
        again.send("1");
        assertThat(again.send("4321"), startsWith("END PIN locked"));

        conversation.useClock(Clock.fixed(t0.plus(Duration.ofMinutes(31)), ZoneOffset.UTC));
        AtSession later = new AtSession(phone);
        later.dial();
        later.send("1");
        assertThat(later.send("4321"), startsWith("CON Your savings:"));
    }

    /**
     * Wrong PINs typed at the same moment in many sessions of one member: each is judged and counted under
     * her row's lock, so no session gets a try the lockout rule does not allow (written from an unlocked
     * read, every session would count "1 failure" and she would never lock).
     */
    @Test
    void parallelSessionsGetNoExtraPinTries() throws Exception {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Jui Deka", null, "en", ScriptVariant.NATIVE, "8642", phone);
        int sessions = 8;
        List<AtSession> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            AtSession s = new AtSession(phone);
            s.dial();
            s.send("1");
            open.add(s);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (AtSession s : open) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return s.send("0000");
                }));
            }
            go.countDown();
            List<String> seen = new ArrayList<>();
            for (java.util.concurrent.Future<String> a : answers) {
                seen.add(a.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            long toldWrong = seen.stream().filter(a -> a.startsWith("CON Wrong PIN")).count();
            long toldLocked = seen.stream().filter(a -> a.startsWith("END PIN locked")).count();
            assertEquals(2, toldWrong, seen::toString);
            assertEquals(sessions - 2, toldLocked, seen::toString);
            assertEquals(List.of("CON Wrong PIN. Tries left: 1", "CON Wrong PIN. Tries left: 2"),
                    seen.stream().filter(a -> a.startsWith("CON")).map(a -> a.substring(0, a.indexOf('\n'))).sorted().toList(),
                    "each try counted once, in turn");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, members.pinFailures(id), "the lock came at the third failure and stopped the count");
        AtSession after = new AtSession(phone);
        after.dial();
        after.send("1");
        assertThat("the right PIN waits for the lock to run out", after.send("8642"), startsWith("END PIN locked"));
    }

    @Test
    void aLongHindiStatementIsPagedAtTheUcs2LimitWithMore() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Kamla Devi", "कमला देवी", "hi", ScriptVariant.NATIVE, "8080", phone);
        for (int i = 0; i < 5; i++) {
            members.deposit(id, 1_23_456_00L + i, LocalDate.of(2026, 9, 2).plusWeeks(i));
        }
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("4");
        List<String> pages = new ArrayList<>();
        pages.add(s.send("8080"));
        while (pages.get(pages.size() - 1).endsWith("\n00 आगे")) {
            pages.add(s.send("00"));
        }
        assertTrue(pages.size() >= 2, "a Hindi statement of five rows cannot fit one 80-unit screen");
        for (String page : pages) {
            assertTrue(page.startsWith("CON "), page);
            assertTrue(page.length() - 4 <= 80, () -> "page over the UCS-2 limit: " + page);
        }
        String all = String.join("\n", pages);
        assertThat(all, containsString("पिछले लेन-देन:"));
        assertEquals(5, all.split("1,23,456", -1).length - 1, "every row shown once: " + all);
        // After the last page the menu answers again: "0" goes back to the main menu.
        assertThat(s.send("0"), startsWith("CON 1 बचत"));
    }

    @Test
    void anEnglishStatementFitsTheGsm7Limit() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Joya Nath", null, "en", ScriptVariant.NATIVE, "5050", phone);
        for (int i = 0; i < 6; i++) {
            members.deposit(id, 10_00_000_00L + i * 100, LocalDate.of(2026, 8, 5).plusWeeks(i));
        }
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("4");
        List<String> pages = new ArrayList<>();
        pages.add(s.send("5050"));
        while (pages.get(pages.size() - 1).endsWith("\n00 More")) {
            pages.add(s.send("00"));
        }
        for (String page : pages) {
            assertTrue(page.length() - 4 <= 182, () -> "page over the GSM-7 limit: " + page);
        }
        String all = String.join("\n", pages);
        assertThat(all, containsString("Last transactions:"));
        assertEquals(5, all.split("Rs 10,00,00", -1).length - 1, "the last five rows: " + all);
    }

    @Test
    void anIdleSessionStartsFreshAtTheMainMenu() {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Pinki Kalita", null, "en", ScriptVariant.NATIVE, "9999", phone);
        Instant t0 = Instant.parse("2026-11-21T05:00:00Z");
        conversation.useClock(Clock.fixed(t0, ZoneOffset.UTC));
        AtSession s = new AtSession(phone);
        s.dial();
        assertEquals("CON Enter your PIN:\n0 Back", s.send("1"));
        conversation.useClock(Clock.fixed(t0.plus(Duration.ofMinutes(4)), ZoneOffset.UTC));
        assertThat("expired: back at the main menu, the PIN not taken as a menu choice", s.send("9999"),
                startsWith("CON 1 Savings"));
    }

    @Test
    void badInputIsReAskedWithAHint() {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Lata Singh", null, "en", ScriptVariant.NATIVE, "1212", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        assertThat(s.send("9"), startsWith("CON Invalid choice.\n1 Savings"));
        assertThat(s.send("x".repeat(65)), startsWith("CON Invalid choice.\n1 Savings"));
        assertThat(s.send("1\u0007"), startsWith("CON Invalid choice.\n1 Savings"));
        assertEquals("CON Enter your PIN:\n0 Back", s.send("1"));
        assertThat(s.send("12"), startsWith("CON Enter 4 digits."));
    }

    @Test
    void aRepeatedHopGetsTheScreenItMissedInsteadOfTakingTheOldAnswerAsANewChoice() {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Tara Devi", null, "en", ScriptVariant.NATIVE, "4545", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        String languages = s.send("5");
        assertThat(languages, startsWith("CON Choose language:"));
        // The gateway resends "5" (a slow answer): no new input. It gets the language menu it missed; "5"
        // is not taken as her choice of the fifth language (see RepeatedHopTest).
        assertEquals(languages, s.post("5"));
        assertThat(s.send("0"), startsWith("CON 1 Savings"));
    }

    @Test
    void aSessionIdReusedForAnotherPhoneNeverResumesHerMenu() {
        String phoneA = UssdTestMembers.phone();
        String phoneB = UssdTestMembers.phone();
        long shg = members.shg();
        members.member(shg, "Usha Rani", null, "en", ScriptVariant.NATIVE, "1122", phoneA);
        members.member(shg, "Vimla Rani", null, "en", ScriptVariant.NATIVE, "3344", phoneB);
        AtSession a = new AtSession(phoneA);
        a.dial();
        a.send("1");
        assertThat(a.send("1122"), startsWith("CON Your savings:"));
        // The same session id arrives from phone B, as if continuing A's menu with "1".
        String reply = given().header("X-Gateway-Key", KEY).formParam("sessionId", a.id).formParam("serviceCode", "*384*55#")
                .formParam("phoneNumber", phoneB).formParam("text", "1*1122*1").post("/ussd/africastalking").asString();
        assertEquals("CON 1 Savings\n2 Loan dues\n3 Next meeting\n4 Mini statement\n5 Language\n6 Change PIN", reply,
                "another phone on the same session id starts at her own main menu, not inside A's");
    }

    @Test
    void theAccumulatedTextWithHerPinIsNeverStored() throws Exception {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Zoya Khan", null, "en", ScriptVariant.NATIVE, "8642", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        s.send("8642");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT * FROM menu_session WHERE session_key = 'at:" + s.id + "'")) {
            assertTrue(rs.next());
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String value = rs.getString(i);
                assertFalse(value != null && value.contains("8642"), "PIN stored in " + rs.getMetaData().getColumnName(i));
            }
        }
    }

    @Test
    void theGatewaysEndOfSessionNoticeClosesTheSession() {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Rina Das", null, "en", ScriptVariant.NATIVE, "3434", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        given().header("X-Gateway-Key", KEY).formParam("sessionId", s.id).formParam("status", "Failed")
                .formParam("errorMessage", "USSD timeout").formParam("durationInMillis", "180000")
                .formParam("hopsCount", "2").post("/ussd/africastalking/events")
                .then().statusCode(200);
        assertThat("a closed session starts over", s.send("3434"), startsWith("CON 1 Savings"));
    }

    @Test
    void aDatabaseOutageGivesABusyEndNeverAStackTrace() throws Exception {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Bina Paul", null, "en", ScriptVariant.NATIVE, "5656", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("RENAME TABLE menu_session TO menu_session_offline");
        }
        try {
            assertEquals("END Service busy. Please try again later.", s.send("1"),
                    "this instance kept her session from the last hop: her language");
            assertEquals("END सेवा व्यस्त है। बाद में फिर कोशिश करें।", new AtSession(phone).post("1"),
                    "a session this instance did not answer and whose row cannot be read: the flow's default language");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("RENAME TABLE menu_session_offline TO menu_session");
            }
        }
        assertThat(new AtSession(phone).dial(), startsWith("CON 1 Savings"));
    }

    @Test
    void aDatabaseThatStopsAnsweringGivesABusyEndInsteadOfHoldingTheHop() throws Exception {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Gita Nath", null, "en", ScriptVariant.NATIVE, "7878", phone);
        AtSession s = new AtSession(phone);
        assertThat(s.dial(), startsWith("CON 1 Savings"));
        String answer;
        // Another connection holds the session table: the hop's read waits for an answer that never comes.
        try (Connection holder = dataSource.getConnection(); Statement st = holder.createStatement()) {
            st.execute("LOCK TABLES menu_session WRITE");
            try {
                answer = s.send("1"); // RestAssured waits as long as it takes: without the bound this hangs
            } finally {
                st.execute("UNLOCK TABLES");
            }
        }
        assertEquals("END Service busy. Please try again later.", answer);
        assertThat("the pool serves the next caller", new AtSession(phone).dial(), startsWith("CON 1 Savings"));
    }

    @Test
    void sessionIdsThatDifferOnlyInCaseAreDifferentSessions() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Lata Devi", null, "en", ScriptVariant.NATIVE, "1212", phone);
        members.deposit(id, 5_000, LocalDate.of(2026, 10, 7));
        String upper = "GW-CASE-" + UUID.randomUUID().toString().toUpperCase();
        String lower = upper.toLowerCase();
        json(upper, phone, null, "new");
        json(upper, phone, "1", "continue").body("message", equalTo("Enter your PIN:\n0 Back"));
        json(lower, phone, null, "new").body("message", startsWith("1 Savings"));
        json(upper, phone, "1212", "continue").body("message", startsWith("Your savings: Rs 50"));
    }

    @Test
    void malformedRequestsAreRefusedAndUnknownFieldsIgnored() {
        given().header("X-Gateway-Key", KEY).formParam("serviceCode", "*384#").formParam("phoneNumber", "+919800000000")
                .formParam("text", "").post("/ussd/africastalking")
                .then().statusCode(400).body(containsString("sessionId"));
        given().header("X-Gateway-Key", KEY).formParam("sessionId", "s1").formParam("serviceCode", "*384#")
                .formParam("phoneNumber", "not-a-phone").formParam("text", "").post("/ussd/africastalking")
                .then().statusCode(400).body(containsString("phoneNumber"));
        // A national number without its country code is refused, not guessed into someone else's.
        given().header("X-Gateway-Key", KEY).formParam("sessionId", "s1b").formParam("serviceCode", "*384#")
                .formParam("phoneNumber", "9876543210").formParam("text", "").post("/ussd/africastalking")
                .then().statusCode(400);
        given().header("X-Gateway-Key", KEY).formParam("sessionId", "s2-" + UUID.randomUUID()).formParam("serviceCode", "*384#")
                .formParam("phoneNumber", UssdTestMembers.phone()).formParam("text", "")
                .formParam("brandNewField", "whatever").post("/ussd/africastalking")
                .then().statusCode(200).body(startsWith("END "));
    }

    @Test
    void onlyTheConfiguredGatewayMayCall() {
        given().formParam("sessionId", "s3").formParam("serviceCode", "*384#").formParam("phoneNumber", "+919800000001")
                .formParam("text", "").post("/ussd/africastalking")
                .then().statusCode(401);
        given().header("X-Gateway-Key", "wrong").formParam("sessionId", "s3").formParam("serviceCode", "*384#")
                .formParam("phoneNumber", "+919800000001").formParam("text", "").post("/ussd/africastalking")
                .then().statusCode(401);
        given().auth().preemptive().basic("africastalking", KEY).formParam("sessionId", "s4-" + UUID.randomUUID())
                .formParam("serviceCode", "*384#").formParam("phoneNumber", UssdTestMembers.phone()).formParam("text", "")
                .post("/ussd/africastalking")
                .then().statusCode(200).body(startsWith("END "));
    }

    @Test
    void theLatestInputGatewayWalksTheSameSessionsInJson() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Nila Saikia", null, "en", ScriptVariant.NATIVE, "7777", phone);
        members.deposit(id, 70_000, LocalDate.of(2026, 11, 1));
        String session = "gw-" + UUID.randomUUID();
        json(session, phone, null, "new").body("message", startsWith("1 Savings")).body("continue", equalTo(true));
        json(session, phone, "1", "continue").body("message", equalTo("Enter your PIN:\n0 Back"));
        json(session, phone, "7777", "continue").body("message", startsWith("Your savings: Rs 700"))
                .body("continue", equalTo(true));
        json(session, phone, null, "end").body("continue", equalTo(false));
        json(session, phone, "1", "continue").body("message", startsWith("1 Savings"));

        given().header("X-Gateway-Key", KEY).contentType("application/json")
                .body("{\"sessionId\":\"x\",\"phoneNumber\":\"+919800000002\",\"serviceCode\":\"*1#\",\"event\":\"bogus\"}")
                .post("/ussd/session").then().statusCode(400);
        given().header("X-Gateway-Key", KEY).contentType("application/json")
                .body("{\"phoneNumber\":\"+919800000002\",\"serviceCode\":\"*1#\",\"event\":\"new\"}")
                .post("/ussd/session").then().statusCode(400).body(containsString("sessionId"));
        assertFalse(phone.isEmpty());
    }

    static io.restassured.response.ValidatableResponse json(String session, String phone, String input, String event) {
        String body = "{\"sessionId\":\"" + session + "\",\"phoneNumber\":\"" + phone + "\",\"serviceCode\":\"*384*55#\","
                + (input == null ? "" : "\"input\":\"" + input + "\",") + "\"event\":\"" + event + "\"}";
        return given().header("X-Gateway-Key", KEY).contentType("application/json").body(body)
                .post("/ussd/session").then().statusCode(200).contentType(containsString("application/json"));
    }

    private static <T> void assertThat(T actual, org.hamcrest.Matcher<? super T> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    private static <T> void assertThat(String reason, T actual, org.hamcrest.Matcher<? super T> matcher) {
        org.hamcrest.MatcherAssert.assertThat(reason, actual, matcher);
    }
}
