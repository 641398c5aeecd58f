package org.sakhiline.books.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.books.sheets.MeetingSheetsConfirmTest.present;
import static org.sakhiline.books.sheets.MeetingSheetsConfirmTest.refusal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.consistency.ConsistencyCheck;
import org.sakhiline.books.fines.FineLedger;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.testing.SheetFixtures;

/** What members are told after a confirmation, a correction and a WRONG reply. */
@QuarkusTest
class SheetReceiptsAndCorrectionsTest {

    @Inject
    MeetingSheets sheets;
    @Inject
    SheetFixtures fixtures;
    @Inject
    SavingsService savings;
    @Inject
    LoanService loans;
    @Inject
    FineLedger fines;
    @Inject
    ConsistencyCheck consistency;
    @Inject
    EntityManager em;

    @Test
    void eachPresentMemberIsToldInHerLanguageWhatWasWrittenAgainstHerName() {
        for (String lang : List.of("en", "hi", "ur")) {
            SheetFixtures.Group g = fixtures.group(3, lang);
            long sheetId = fixtures.submitted(g).sheetId();
            sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now());
            String date = DateText.date(g.meetingDate(), lang);
            String expected = switch (lang) {
                case "en" -> "Member 3: meeting " + date + ": saved Rs 100, repaid Rs 2,200, fine Rs 0. Savings now Rs 100."
                        + " Loan left Rs 8,800. Wrong? Reply WRONG";
                case "hi" -> "Member 3: बैठक " + date + ": जमा Rs 100, किस्त Rs 2,200, जुर्माना Rs 0। बचत Rs 100।"
                        + " लोन बाकी Rs 8,800। गलत? WRONG भेजें";
                default -> "Member 3: میٹنگ " + date + ": جمع Rs 100، قسط Rs 2,200، جرمانہ Rs 0۔ بچت Rs 100۔"
                        + " قرض باقی Rs 8,800۔ غلط؟ WRONG بھیجیں";
            };
            assertEquals(List.of("SMS", g.phones().get(2), expected, lang, "sheet_receipt"),
                    outbox("sheet-receipt:" + sheetId + ":" + g.borrowerId()), lang);
            assertFalse(outbox("sheet-receipt:" + sheetId + ":" + g.bookkeeperId()).get(2).contains("8,800"),
                    "no loan, no loan line");
            assertTrue(outbox("sheet-receipt:" + sheetId + ":" + g.leaderId()).isEmpty(), "absent with no money: no receipt");
        }
    }

    @Test
    void aMemberWhoseRemindersComeByVoiceGetsACall() {
        SheetFixtures.Group g = fixtures.group(4, "hi");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO member_reminder_channel (member_id, channel, updated_at) VALUES (?1, 'VOICE', ?3),"
                    + " (?2, 'BOTH', ?3)").setParameter(1, g.bookkeeperId()).setParameter(2, g.memberIds().get(3))
                    .setParameter(3, Instant.now()).executeUpdate();
        });
        long sheetId = fixtures.submitted(g).sheetId();
        assertEquals(4, sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now()).receipts());

        assertEquals("VOICE", outbox("sheet-receipt:" + sheetId + ":" + g.bookkeeperId()).get(0));
        assertEquals("SMS", outbox("sheet-receipt:" + sheetId + ":" + g.memberIds().get(3)).get(0));
        assertEquals("VOICE", outbox("sheet-receipt:" + sheetId + ":" + g.memberIds().get(3) + ":voice").get(0));
    }

    @Test
    void aCorrectionReversesWhatWasPostedPostsTheNewAmountsAndTellsHerAgain() {
        SheetFixtures.Group g = fixtures.group(3);
        long sheetId = fixtures.submitted(g).sheetId();
        sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now());
        assertTrue(sheets.flagWrong(g.borrowerId(), "SMwrong-" + sheetId, "WRONG", Instant.now()).isPresent());
        SheetActor staff = SheetActor.console("meera", Channel.CONSOLE);
        LineEntry fixed = present(150_00, 10_00, Map.of(g.loanId(), 1_100_00L));

        assertEquals("forbidden", refusal(() -> sheets.correct(sheetId, g.borrowerId(), fixed, "register says 150",
                SheetFixtures.leader(g), Instant.now())));
        assertEquals("invalid-input", refusal(() -> sheets.correct(sheetId, g.borrowerId(), fixed, "", staff, Instant.now())));
        assertEquals("repayment-over-outstanding", refusal(() -> sheets.correct(sheetId, g.borrowerId(),
                present(0, 0, Map.of(g.loanId(), 11_100_00L)), "too much", staff, Instant.now())));

        SheetView corrected = sheets.correct(sheetId, g.borrowerId(), fixed, "register says 150 and one instalment",
                staff, Instant.now());

        SheetLine line = corrected.line(g.borrowerId()).orElseThrow();
        assertEquals(List.of(150_00L, 10_00L, 1_100_00L), List.of(line.savingsPaise(), line.finePaise(), line.repaidPaise()));
        assertEquals(0, line.openFlags(), "her flag is resolved");
        assertEquals(150_00, savings.balancePaise(g.borrowerId()));
        assertEquals(10_00, fines.totalPaise(g.borrowerId()));
        assertEquals(9 * 1_100_00L, loans.loansOf(g.borrowerId()).get(0).outstandingPaise());
        assertEquals(List.of(3L, 1L, 2L), counts("SELECT COUNT(*), SUM(type = 'REVERSAL'), SUM(note = 'register says 150 and one"
                + " instalment') FROM savings_txn WHERE sheet_id = ?1 AND member_id = ?2", sheetId, g.borrowerId()));
        assertEquals(List.of(3L, 1L), counts("SELECT COUNT(*), SUM(amount_paise < 0) FROM loan_repayment WHERE sheet_id = ?1",
                sheetId));
        assertEquals("sheet_receipt_fix", outbox("sheet-receipt:" + sheetId + ":" + g.borrowerId() + ":fix1").get(4));
        assertTrue(sheets.history(sheetId).stream().anyMatch(e -> e.event().equals("CORRECTED") && e.actor().equals("console:meera")
                && e.note().startsWith("register says 150")));
        SheetFixtures.assertConsistent(consistency.check(), g, sheetId);

        long version = corrected.version();
        assertEquals(corrected, sheets.correct(sheetId, g.borrowerId(), fixed, "again", staff, Instant.now()),
                "the same correction twice posts once");
        assertEquals(version, sheets.view(sheetId).version());

        sheets.correct(sheetId, g.borrowerId(), present(100_00, 0, Map.of()), "second look", staff, Instant.now());
        assertEquals(100_00, savings.balancePaise(g.borrowerId()));
        assertEquals(0, fines.totalPaise(g.borrowerId()));
        assertEquals(10 * 1_100_00L, loans.loansOf(g.borrowerId()).get(0).outstandingPaise());
        SheetFixtures.assertConsistent(consistency.check(), g, sheetId);
    }

    @Test
    void aWrongReplyFlagsHerLatestRecentSheetOnceAndChangesNoMoney() {
        SheetFixtures.Group g = fixtures.group(3);
        long sheetId = fixtures.submitted(g).sheetId();
        assertTrue(sheets.flagWrong(g.borrowerId(), "SMbefore" + sheetId, "WRONG", Instant.now()).isEmpty(),
                "nothing confirmed yet");
        sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now());
        long balance = savings.balancePaise(g.borrowerId());

        SheetFlag first = sheets.flagWrong(g.borrowerId(), "SMflag" + sheetId, "galat hai", Instant.now()).orElseThrow();
        SheetFlag replay = sheets.flagWrong(g.borrowerId(), "SMflag" + sheetId, "galat hai", Instant.now()).orElseThrow();

        assertEquals(first, replay);
        assertEquals(sheetId, first.sheetId());
        assertEquals(1, sheets.flags(sheetId).size());
        assertEquals(1, sheets.view(sheetId).openFlags());
        assertEquals(1, sheets.history(sheetId).stream().filter(e -> e.event().equals("FLAGGED")).count());
        assertTrue(sheets.flagged(null, 500).stream().anyMatch(s -> s.sheetId() == sheetId && s.openFlags() == 1));
        assertTrue(sheets.flagged(List.of(-1L), 500).isEmpty());
        assertEquals(balance, savings.balancePaise(g.borrowerId()));
        assertTrue(sheets.flagWrong(g.borrowerId(), "SMlate" + sheetId, "WRONG", Instant.now().plus(Duration.ofDays(8))).isEmpty(),
                "past the window");
    }

    /** channel, recipient, body, language, template key of the outbox row with this dedupe key (empty: none). */
    private List<String> outbox(String dedupeKey) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT channel, recipient, body, language, template_key FROM outbox_message"
                    + " WHERE dedupe_key = ?1").setParameter(1, dedupeKey).getResultList();
            return rows.isEmpty() ? List.<String>of() : java.util.Arrays.stream((Object[]) rows.get(0)).map(String::valueOf).toList();
        });
    }

    private List<Long> counts(String sql, Object... params) {
        return fixtures.numbers(sql, params);
    }
}
