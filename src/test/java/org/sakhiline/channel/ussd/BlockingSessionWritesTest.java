package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.channel.ussd.AfricasTalkingUssdTest.AtSession;
import org.sakhiline.support.HopWrites;
import org.sakhiline.support.HopWritesTest;

/**
 * With {@code sakhiline.hops.non-blocking-writes=false} the session write of a hop on the I/O thread goes through JDBC
 * (the thread waits for the commit): the same conversation, the same stored session as through Vert.x's MySQL client
 * (the default, every other test).
 */
@QuarkusTest
@TestProfile(HopWritesTest.JdbcWrites.class)
class BlockingSessionWritesTest {

    @Inject
    UssdTestMembers members;
    @Inject
    HopWrites writes;
    @Inject
    MenuSessionStore sessions;

    @Test
    void aConversationWritesItsSessionThroughJdbcWhenSwitchedOff() {
        assertFalse(writes.enabled());
        String phone = UssdTestMembers.phone();
        long id = members.member(members.shg(), "Rumi Saikia", null, "en", ScriptVariant.NATIVE, "1470", phone);
        members.deposit(id, 98_700, LocalDate.of(2026, 11, 5));
        AtSession s = new AtSession(phone);

        assertEquals("CON 1 Savings\n2 Loan dues\n3 Next meeting\n4 Mini statement\n5 Language\n6 Change PIN", s.dial());
        assertEquals("CON Enter your PIN:\n0 Back", s.send("1"));
        assertEquals("CON Your savings: Rs 987\n1 Mini statement\n0 Back", s.send("1470"));
        assertEquals(3, sessions.find("at:" + s.id).orElseThrow().hops(), "every hop stored once");
    }
}
