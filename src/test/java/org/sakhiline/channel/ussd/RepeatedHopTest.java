package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.channel.session.StepWriter;
import org.sakhiline.channel.ussd.AfricasTalkingUssdTest.AtSession;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.support.HopConnections;
import org.sakhiline.testing.SheetFixtures;

/**
 * A gateway that repeats a hop (Africa's Talking does on a timeout: same session, same text; a latest-input gateway
 * sends the same hop number) gets exactly the screen the first one got, from the database — on this instance or
 * another — and nothing is done twice: no PIN try counted again, no posting made again.
 */
@QuarkusTest
class RepeatedHopTest {

    private static final String PIN = "1357";

    @Inject
    UssdTestMembers members;
    @Inject
    SheetFixtures sheetFixtures;
    @Inject
    MemberPins pins;
    @Inject
    MeetingSheets sheets;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MenuEngine engine;
    @Inject
    MenuBooks books;
    @Inject
    FlowStore flows;
    @Inject
    MenuSessionStore sessions;
    @Inject
    UssdConfig config;
    @Inject
    UssdScreens screens;
    @Inject
    StepWriter steps;
    @Inject
    HopConnections hopDatabase;

    /** A second instance: its own memory of sessions, the same database. */
    UssdConversation otherInstance;

    @BeforeEach
    void anotherInstance() {
        otherInstance = new UssdConversation(engine, books, flows, sessions, config, screens, steps, hopDatabase);
    }

    @Test
    void aRepeatedBalanceHopGetsTheSameScreenOnEitherInstance() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Bina Gogoi", null, "en", ScriptVariant.NATIVE, "2468", phone);
        members.deposit(id, 45_600, LocalDate.of(2026, 11, 3));
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        String balance = s.send("2468");
        assertEquals("CON Your savings: Rs 456\n1 Mini statement\n0 Back", balance);

        assertEquals(balance, s.post("1*2468"), "the same text again: the same screen, not 'Enter 4 digits'");
        assertEquals(balance, otherInstance.africasTalking(s.id, phone, "1*2468").await().indefinitely().africasTalking(),
                "and from the database on another instance");
        assertEquals(0, members.pinFailures(id));
        assertTrue(s.send("0").startsWith("CON 1 Savings"), "the conversation goes on from there");
    }

    @Test
    void aRepeatedWrongPinIsCountedOnce() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Dipti Bora", null, "en", ScriptVariant.NATIVE, "4321", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        String wrong = s.send("0000");
        assertEquals("CON Wrong PIN. Tries left: 2\nEnter your PIN:\n0 Back", wrong);
        assertEquals(wrong, s.post("1*0000"));
        assertEquals(wrong, otherInstance.africasTalking(s.id, phone, "1*0000").await().indefinitely().africasTalking());
        assertEquals(1, members.pinFailures(id), "one wrong PIN, however often the gateway sends it");
        assertEquals("CON Wrong PIN. Tries left: 1\nEnter your PIN:\n0 Back", s.send("1111"));
    }

    @Test
    void copiesOfAWrongPinArrivingTogetherAreCountedOnce() throws Exception {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Moni Das", null, "en", ScriptVariant.NATIVE, "4321", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        List<String> answers = together(4, () -> s.post("1*0000"));
        assertEquals(List.of("CON Wrong PIN. Tries left: 2\nEnter your PIN:\n0 Back"), answers.stream().distinct().toList());
        assertEquals(1, members.pinFailures(id));
    }

    @Test
    void theLatestInputGatewayRepeatingAHopNumberGetsTheSameAnswer() {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Rupa Saikia", null, "en", ScriptVariant.NATIVE, "7777", phone);
        members.deposit(id, 70_000, LocalDate.of(2026, 11, 1));
        String session = "gw-repeat-" + UUID.randomUUID();
        hop(session, phone, null, "new", 1);
        hop(session, phone, "1", "continue", 2);
        String wrong = hop(session, phone, "0000", "continue", 3);
        assertEquals("Wrong PIN. Tries left: 2\nEnter your PIN:\n0 Back", wrong);
        assertEquals(wrong, hop(session, phone, "0000", "continue", 3), "hop 3 again");
        assertEquals(1, members.pinFailures(id));
        String balance = hop(session, phone, "7777", "continue", 4);
        assertTrue(balance.startsWith("Your savings: Rs 700"), balance);
        assertEquals(balance, hop(session, phone, "7777", "continue", 4), "hop 4 again: her balance, not a PIN re-ask");
        // Without a hop number a repeat cannot be told from the same key pressed again: it is taken as input.
        assertTrue(hop(session, phone, "0", "continue", null).startsWith("1 Savings"));
    }

    @Test
    void aRepeatedConfirmPostsOnceAndGetsTheSameReceipt() throws Exception {
        SheetFixtures.Group g = meetingSubmitted();
        AtSession leader = leaderMenu(g);
        assertTrue(leader.send("2").startsWith("CON Meeting of "));
        String text = String.join("*", leader.inputs) + "*1";
        // The confirmation and two copies of it arrive at once (a gateway retrying a slow hop, on two instances).
        List<String> answers = together(3, () -> leader.post(text));
        assertEquals(List.of("END Meeting confirmed. Members will get an SMS."), answers.stream().distinct().toList());
        long posted = savingsRows(g);
        assertEquals("END Meeting confirmed. Members will get an SMS.",
                otherInstance.africasTalking(leader.id, leader.phone, text).await().indefinitely().africasTalking());
        assertEquals(SheetStatus.CONFIRMED, sheets.forMeeting(g.meetingId()).orElseThrow().status());
        assertEquals(1, sheets.history(sheets.forMeeting(g.meetingId()).orElseThrow().sheetId()).stream()
                .filter(e -> e.event().contains("CONFIRM")).count(), "confirmed once");
        assertEquals(posted, savingsRows(g), "nothing posted again");
        assertTrue(posted > 0);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private SheetFixtures.Group meetingSubmitted() {
        SheetFixtures.Group g = sheetFixtures.group(4, "en");
        pins.setPin(g.bookkeeperId(), PIN);
        pins.setPin(g.leaderId(), PIN);
        AtSession bk = new AtSession(g.phones().get(1));
        bk.dial();
        bk.send("3");
        bk.send(PIN);
        bk.send("2");
        bk.send("1");
        for (int i = 0; i < 4; i++) {
            bk.send("1");
        }
        bk.send("3");
        bk.send("2500");
        assertTrue(bk.send("1").startsWith("END "));
        return g;
    }

    private static AtSession leaderMenu(SheetFixtures.Group g) {
        AtSession leader = new AtSession(g.phones().get(0));
        leader.dial();
        leader.send("3");
        assertEquals("CON 1 Next meeting\n2 Confirm meeting\n0 Back", leader.send(PIN));
        return leader;
    }

    private long savingsRows(SheetFixtures.Group g) throws SQLException {
        String ids = String.join(",", g.memberIds().stream().map(String::valueOf).toList());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM savings_txn WHERE member_id IN (" + ids + ")");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String hop(String session, String phone, String input, String event, Integer hop) {
        String body = "{\"sessionId\":\"" + session + "\",\"phoneNumber\":\"" + phone + "\",\"serviceCode\":\"*384*55#\","
                + (input == null ? "" : "\"input\":\"" + input + "\",") + (hop == null ? "" : "\"hop\":" + hop + ",")
                + "\"event\":\"" + event + "\"}";
        return io.restassured.RestAssured.given().header("X-Gateway-Key", AfricasTalkingUssdTest.KEY)
                .contentType("application/json").body(body).post("/ussd/session")
                .then().statusCode(200).extract().path("message");
    }

    private static List<String> together(int copies, java.util.concurrent.Callable<String> hop) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < copies; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return hop.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<String> answers = new java.util.ArrayList<>();
        for (CompletableFuture<String> f : sent) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
