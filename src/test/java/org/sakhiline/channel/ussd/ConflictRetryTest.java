package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.channel.ussd.AfricasTalkingUssdTest.AtSession;
import org.sakhiline.testing.CrossingLocks;
import org.sakhiline.testing.CrossingLocks.Row;

/**
 * Conflicts a user would otherwise see — a deadlock on one server, a certification conflict at commit on Galera,
 * both error 1213 — are retried at the transaction's boundary: provoked here for real with crossing row locks, the
 * service's transaction is the victim, and the user still gets her answer, written once.
 */
@QuarkusTest
class ConflictRetryTest {

    @Inject
    UssdTestMembers members;
    @Inject
    SavingsService savings;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aHopThatWritesIsRunAgainAfterADeadlockAndCountsOnce() throws Exception {
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Lakhi Devi", null, "en", ScriptVariant.NATIVE, "4321", phone);
        AtSession s = new AtSession(phone);
        s.dial();
        s.send("1");
        // The hop's transaction locks her session row, then her member row (judging the PIN).
        String answer = new CrossingLocks(dataSource).deadlock(new Row("menu_session", "session_key", "at:" + s.id),
                new Row("member", "id", id), () -> s.post("1*0000"));
        assertEquals("CON Wrong PIN. Tries left: 2\nEnter your PIN:\n0 Back", answer);
        assertEquals(1, members.pinFailures(id), "the rolled-back attempt counted nothing");
    }

    @Test
    void aPostingIsRunAgainAfterADeadlockAndPostsOnce() throws Exception {
        long id = members.member(members.shg(), "Kamala Devi", null, "en", ScriptVariant.NATIVE, null, UssdTestMembers.phone());
        members.deposit(id, 10_000, LocalDate.of(2026, 11, 1));
        String key = "api:deadlock-test:" + UUID.randomUUID();
        // A deposit share-locks her member row, then takes her balance row.
        long txn = new CrossingLocks(dataSource).deadlock(new Row("member", "id", id), new Row("savings_balance", "member_id", id),
                () -> savings.deposit(id, 5_000, PostingContext.of(key, Channel.API, "test", LocalDate.of(2026, 11, 2))).txnId());
        assertEquals(15_000, savings.balancePaise(id));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(id) FROM savings_txn WHERE member_id = ? AND amount_paise = 5000")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "posted once");
                assertEquals(txn, rs.getLong(2));
            }
        }
    }
}
