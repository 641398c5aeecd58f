package org.sakhiline.channel.ussd;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.channel.ussd.AfricasTalkingUssdTest.json;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.session.MenuSession;
import org.sakhiline.channel.session.MenuSessionStore;

/**
 * The copy of a session an instance keeps from its last answer is only a guess: when another instance
 * has answered or ended the session in between, the hop is answered from the stored row. "This
 * instance" is the service over HTTP (hops on the I/O thread use the copy); "another instance" is a
 * second conversation object with its own memory, sharing only the database.
 */
@QuarkusTest
class RememberedSessionsTest {

    @Inject
    UssdTestMembers members;
    @Inject
    UssdInstances instances;
    @Inject
    MenuSessionStore sessions;
    @Inject
    AgroalDataSource dataSource;

    UssdConversation otherInstance;
    String phone;
    String session;

    @BeforeEach
    void herAndAnotherInstance() {
        otherInstance = instances.another();
        phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Puja Kalita", null, "en", ScriptVariant.NATIVE, "2580", phone);
        members.deposit(id, 12_300, LocalDate.of(2026, 11, 2));
        session = "gw-remembered-" + UUID.randomUUID();
    }

    @Test
    void aHopAnsweredElsewhereInBetweenIsAnsweredFromTheStoredSession() {
        json(session, phone, null, "new");
        json(session, phone, "1", "continue");
        json(session, phone, "2580", "continue").body("message", startsWith("Your savings: Rs 123"));
        // The gateway's next hop goes to the other instance: "0" back to the main menu.
        assertTrue(otherInstance.latestInput(session, phone, "0", false).await().indefinitely().text().startsWith("1 Savings"));

        // Here, the kept copy still shows her balance, where "1" would be the mini statement; the stored
        // session is at the main menu, where "1" is her savings again (PIN already given).
        json(session, phone, "1", "continue").body("message", startsWith("Your savings: Rs 123"));
        MenuSession stored = sessions.find("gw:" + session).orElseThrow();
        assertEquals(5, stored.hops(), "every hop counted once, none lost or doubled");
    }

    @Test
    void aSessionEndedElsewhereIsNotResumedFromTheKeptCopy() {
        json(session, phone, null, "new");
        json(session, phone, "1", "continue").body("message", equalTo("Enter your PIN:\n0 Back"));
        otherInstance.close(session, false, "gateway end");

        json(session, phone, "2580", "continue").body("message", startsWith("1 Savings"));
    }

    @Test
    void aSameHopWrittenByAnotherPathIsNotOverwrittenFromTheKeptCopy() {
        json(session, phone, null, "new");
        MenuSession atMainMenu = sessions.find("gw:" + session).orElseThrow();
        json(session, phone, "1", "continue").body("message", equalTo("Enter your PIN:\n0 Back"));
        // A retry of the same hop answered elsewhere from an older read: same hop count, another state.
        MenuSession kept = sessions.find("gw:" + session).orElseThrow();
        sessions.saveExisting(new MenuSession(kept.key(), kept.channel(), kept.phone(), kept.flowVersionId(),
                atMainMenu.stateJson(), null, null, kept.hops(), MenuSession.Status.ACTIVE, kept.createdAt(),
                kept.expiresAt()), Instant.now().plusSeconds(1));

        // The stored session waits at the main menu, where her PIN is not a choice; the copy would take it.
        json(session, phone, "2580", "continue").body("message", startsWith("Invalid choice.\n1 Savings"));
    }

    @Test
    void theNextHopIsAnsweredFromTheKeptCopyWithoutReadingTheRow() throws Exception {
        json(session, phone, null, "new");
        json(session, phone, "1", "continue").body("message", equalTo("Enter your PIN:\n0 Back"));
        // Spoil the stored state but not what the conditional write checks: a read would fail the hop.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE menu_session SET state_json = '{not json', updated_at = updated_at WHERE session_key = ?")) {
            ps.setString(1, "gw:" + session);
            assertEquals(1, ps.executeUpdate());
        }
        json(session, phone, "2580", "continue").body("message", startsWith("Your savings: Rs 123"));
    }

    @Test
    void withNothingElseInBetweenTheKeptCopyAnswersAndTheRowFollows() {
        json(session, phone, null, "new");
        json(session, phone, "1", "continue");
        json(session, phone, "2580", "continue").body("message", startsWith("Your savings: Rs 123"));
        MenuSession stored = sessions.find("gw:" + session).orElseThrow();
        assertEquals(3, stored.hops());
        // The other instance reads the row this instance wrote from its copy: her balance screen, "0" goes back.
        assertTrue(otherInstance.latestInput(session, phone, "0", false).await().indefinitely().text().startsWith("1 Savings"));
    }
}
