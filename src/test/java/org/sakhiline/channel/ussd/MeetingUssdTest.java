package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetEvent;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.channel.ussd.AfricasTalkingUssdTest.AtSession;
import org.sakhiline.testing.SheetFixtures;

/**
 * Meeting day over the Africa's Talking protocol against the real books: the bookkeeper's member-by-member
 * conversation writes the sheet as she goes (a new session goes on where the last stopped), and the leader sends it
 * back. Group from {@link SheetFixtures}: member 1 LEADER, member 2 BOOKKEEPER, member 3 has a loan (Rs 2,200 due).
 */
@QuarkusTest
class MeetingUssdTest {

    private static final String PIN = "1357";

    @Inject
    SheetFixtures fixtures;
    @Inject
    MemberPins pins;
    @Inject
    MeetingSheets sheets;

    private SheetFixtures.Group group() {
        SheetFixtures.Group g = fixtures.group(4, "en");
        pins.setPin(g.bookkeeperId(), PIN);
        pins.setPin(g.leaderId(), PIN);
        return g;
    }

    private static String day(SheetFixtures.Group g) {
        return g.meetingDate().format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
    }

    /** Dial, PIN, "Record meeting", today's meeting: the screen of the first member not entered. */
    private static String startRecording(AtSession s, SheetFixtures.Group g) {
        assertTrue(s.dial().contains("3 Meetings"));
        assertEquals("CON Enter your PIN:\n0 Back", s.send("3"));
        assertEquals("CON 1 Next meeting\n2 Record meeting\n0 Back", s.send(PIN));
        assertEquals("CON Record which meeting?\n1 " + day(g) + "\n0 Back", s.send("2"));
        return s.send("1");
    }

    @Test
    void bookkeeperRecordsTheMeetingMemberByMemberAndSubmits() {
        SheetFixtures.Group g = group();
        AtSession s = new AtSession(g.phones().get(1));

        String first = startRecording(s, g);
        assertEquals("CON Member 1\nSavings Rs 100, loan Rs 0\n1 As shown\n2 Absent\n3 Other amount\n0 Back", first);
        // Nothing is written by reading: the sheet is opened by her first answer.
        assertTrue(sheets.forMeeting(g.meetingId()).isEmpty());
        assertTrue(s.send("1").startsWith("CON Member 2\n"));
        assertEquals("CON Member 3\nSavings Rs 100, loan Rs 2,200\n1 As shown\n2 Absent\n3 Other amount\n0 Back", s.send("2"));
        assertEquals("CON Savings paid (Rs):", s.send("3"));
        assertEquals("CON Loan repaid (Rs):", s.send("150"));
        assertEquals("CON Only Rs 11,000 is left on her loan.\nLoan repaid (Rs):", s.send("20000"));
        assertEquals("CON Fine paid (Rs):", s.send("1100"));
        assertTrue(s.send("10").startsWith("CON Member 4\n"));
        assertEquals("CON Collected Rs 1,460\n3 present, 1 absent\n1 Submit\n2 Details\n3 Cash counted\n0 Back", s.send("1"));
        assertEquals("CON Cash counted (Rs):\n0 Back", s.send("3"));
        assertTrue(s.send("1450").startsWith("CON Collected Rs 1,460\n"));
        assertEquals("END Sent to the leader to confirm. Thank you.", s.send("1"));

        SheetView sheet = sheets.forMeeting(g.meetingId()).orElseThrow();
        assertEquals(SheetStatus.SUBMITTED, sheet.status());
        assertEquals(List.of(Attendance.PRESENT, Attendance.ABSENT, Attendance.PRESENT, Attendance.PRESENT),
                sheet.lines().stream().map(SheetLine::attendance).toList());
        SheetLine borrower = sheet.line(g.borrowerId()).orElseThrow();
        assertEquals(150_00L, borrower.savingsPaise());
        assertEquals(1_100_00L, borrower.repaidPaise());
        assertEquals(10_00L, borrower.finePaise());
        assertEquals(1_450_00L, sheet.totals().cashCountedPaise());
        assertEquals(-10_00L, sheet.totals().differencePaise());
        String bookkeeper = "member:" + g.bookkeeperId();
        List<SheetEvent> history = sheets.history(sheet.sheetId());
        assertTrue(history.stream().allMatch(e -> e.actor().equals(bookkeeper) && e.channel() == Channel.USSD), history::toString);
        assertEquals("SUBMITTED", history.get(history.size() - 1).event());
    }

    @Test
    void aDroppedSessionGoesOnAtTheFirstMemberNotEntered() {
        SheetFixtures.Group g = group();
        AtSession first = new AtSession(g.phones().get(1));
        startRecording(first, g);
        first.send("1");
        first.send("1");
        // The network drops her; a new session starts from the main menu.
        AtSession again = new AtSession(g.phones().get(1));
        assertTrue(startRecording(again, g).startsWith("CON Member 3\nSavings Rs 100, loan Rs 2,200\n"));
        // "0" shows the member before, as entered.
        assertTrue(again.send("0").startsWith("CON Member 2\nSavings Rs 100, loan Rs 0\n"));
        assertEquals(2, sheets.forMeeting(g.meetingId()).orElseThrow().lines().stream().filter(SheetLine::entered).count());
    }

    @Test
    void theLeaderSeesTheSubmittedMeetingAndSendsItBack() {
        SheetFixtures.Group g = group();
        submitAllAsShown(g);
        AtSession leader = leaderMenu(g);
        assertEquals("CON Meeting of " + day(g) + ": 4 present\nSaved Rs 400, repaid Rs 2,200\n1 Confirm\n2 Reject\n0 Back",
                leader.send("2"));
        assertTrue(leader.send("2").startsWith("CON Why send it back?\n1 Wrong amounts"));
        assertEquals("END Sent back to the bookkeeper.", leader.send("1"));

        SheetView sheet = sheets.forMeeting(g.meetingId()).orElseThrow();
        assertEquals(SheetStatus.DRAFT, sheet.status());
        assertEquals("wrong amounts", sheet.rejectedReason());
        SheetEvent last = sheets.history(sheet.sheetId()).get(sheets.history(sheet.sheetId()).size() - 1);
        assertEquals("member:" + g.leaderId(), last.actor());
    }

    @Test
    void theLeaderConfirmsAndTheSheetIsPosted() {
        SheetFixtures.Group g = group();
        submitAllAsShown(g);
        AtSession leader = leaderMenu(g);
        assertTrue(leader.send("2").startsWith("CON Meeting of "));
        assertEquals("END Meeting confirmed. Members will get an SMS.", leader.send("1"));
        SheetView sheet = sheets.forMeeting(g.meetingId()).orElseThrow();
        assertEquals(SheetStatus.CONFIRMED, sheet.status());
        SheetEvent last = sheets.history(sheet.sheetId()).get(sheets.history(sheet.sheetId()).size() - 1);
        assertEquals("member:" + g.leaderId(), last.actor());
        assertEquals(Channel.USSD, last.channel());
        // Nothing is left for her to confirm.
        AtSession again = leaderMenu(g);
        assertEquals("CON No meeting waiting for you to confirm.\n0 Back", again.send("2"));
    }

    /** The leader dials, gives her PIN and sees "2 Confirm meeting". */
    static AtSession leaderMenu(SheetFixtures.Group g) {
        AtSession leader = new AtSession(g.phones().get(0));
        leader.dial();
        leader.send("3");
        assertEquals("CON 1 Next meeting\n2 Confirm meeting\n0 Back", leader.send(PIN));
        return leader;
    }

    private void submitAllAsShown(SheetFixtures.Group g) {
        AtSession bk = new AtSession(g.phones().get(1));
        startRecording(bk, g);
        for (int i = 0; i < 4; i++) {
            bk.send("1");
        }
        bk.send("3");
        bk.send("2500");
        assertTrue(bk.send("1").startsWith("END "));
    }

    @Test
    void aSheetSubmittedFromTheConsoleMeanwhileIsRefusedInHerWordsAndKeepsWhatWasEntered() {
        SheetFixtures.Group g = group();
        AtSession s = new AtSession(g.phones().get(1));
        startRecording(s, g);
        assertTrue(s.send("1").startsWith("CON Member 2\n"), "member 1 entered by the bookkeeper");
        // Meanwhile a staff member types the rest of the paper register in the console and submits it.
        org.sakhiline.books.sheets.SheetActor staff = org.sakhiline.books.sheets.SheetActor.console("register-clerk", Channel.CONSOLE);
        SheetView sheet = sheets.forMeeting(g.meetingId()).orElseThrow();
        for (SheetLine line : sheet.lines()) {
            if (!line.entered()) {
                sheet = sheets.recordLine(sheet.sheetId(), line.memberId(), org.sakhiline.books.sheets.LineEntry.asShown(line), staff);
            }
        }
        sheets.setCashCounted(sheet.sheetId(), sheet.totals().collectedPaise(), staff);
        sheets.submit(sheet.sheetId(), staff);

        assertEquals("END This sheet can no longer be changed.", s.send("2"));
        SheetView after = sheets.forMeeting(g.meetingId()).orElseThrow();
        assertEquals(SheetStatus.SUBMITTED, after.status());
        assertEquals(Attendance.PRESENT, after.line(g.memberIds().get(1)).orElseThrow().attendance(), "her '2 Absent' wrote nothing");
    }

    @Test
    void aPlainMemberHasNoMeetingDayOption() {
        SheetFixtures.Group g = group();
        pins.setPin(g.memberIds().get(3), PIN);
        AtSession s = new AtSession(g.phones().get(3));
        assertEquals("CON 1 Savings\n2 Loan dues\n3 Next meeting\n4 Mini statement\n5 Language\n6 Change PIN", s.dial());
        assertTrue(s.send("3").startsWith("CON Next meeting: "));
    }
}
