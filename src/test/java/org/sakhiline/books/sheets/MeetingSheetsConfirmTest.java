package org.sakhiline.books.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.consistency.ConsistencyCheck;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.members.MemberUpkeep;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.testing.SheetFixtures;

/** Submit, confirm, reject and the ledger rows a confirmation posts (real MariaDB). */
@QuarkusTest
class MeetingSheetsConfirmTest {

    @Inject
    MeetingSheets sheets;
    @Inject
    SheetFixtures fixtures;
    @Inject
    SavingsService savings;
    @Inject
    LoanService loans;
    @Inject
    MemberUpkeep upkeep;
    @Inject
    ConsistencyCheck consistency;
    @Inject
    EntityManager em;

    @Test
    void confirmationPostsEveryEntryOnceWithTheSheetOnEachLedgerRow() {
        SheetFixtures.Group g = fixtures.group(4);
        SheetView submitted = fixtures.submitted(g);
        assertEquals(SheetStatus.SUBMITTED, submitted.status());
        assertEquals(0L, submitted.totals().differencePaise());

        ConfirmResult result = sheets.confirm(submitted.sheetId(), SheetFixtures.leader(g), Instant.now());

        assertFalse(result.alreadyConfirmed());
        assertEquals(SheetStatus.CONFIRMED, result.sheet().status());
        assertEquals(4, result.postings(), "3 savings (leader absent) + 1 repayment");
        assertEquals(3, result.receipts(), "one per present member");
        for (long member : g.memberIds()) {
            assertEquals(member == g.leaderId() ? 0 : SheetFixtures.DEFAULT_SAVINGS, savings.balancePaise(member));
        }
        assertEquals(8 * 1_100_00L, loans.loansOf(g.borrowerId()).get(0).outstandingPaise());
        long sheetId = submitted.sheetId();
        assertEquals(List.of(3L, 3L), longs("SELECT COUNT(*), SUM(channel = 'MEETING' AND actor = ?2 AND idempotency_key LIKE"
                + " CONCAT('sheet:', ?1, ':%:savings')) FROM savings_txn WHERE sheet_id = ?1", sheetId, "member:" + g.leaderId()));
        assertEquals(List.of(1L, 2_200_00L), longs("SELECT COUNT(*), SUM(amount_paise) FROM loan_repayment WHERE sheet_id = ?1"
                + " AND idempotency_key = CONCAT('sheet:', ?1, ':', ?2, ':loan:', ?3)", sheetId, g.borrowerId(), g.loanId()));
        assertEquals(List.of(3L), longs("SELECT COUNT(*) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE a.meeting_id = ?1 AND a.present AND m.status = 'HELD'", g.meetingId()));
        assertEquals(List.of(3L), longs("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE CONCAT('sheet-receipt:', ?1, ':%')"
                + " AND template_key = 'sheet_receipt'", sheetId));
        assertEquals(List.of("OPENED", "SAVED", "SAVED", "SAVED", "SAVED", "SAVED", "SUBMITTED", "CONFIRMED"),
                sheets.history(sheetId).stream().map(SheetEvent::event).toList());
        SheetFixtures.assertConsistent(consistency.check(), g, sheetId);
        assertTrue(sheets.recordable(g.shgId(), Instant.now()).isEmpty(), "a confirmed meeting is no longer recordable");
    }

    @Test
    void aSecondConfirmationPostsNothingAndAnswersLikeTheFirst() {
        SheetFixtures.Group g = fixtures.group(3);
        SheetView submitted = fixtures.submitted(g);
        ConfirmResult first = sheets.confirm(submitted.sheetId(), SheetFixtures.leader(g), Instant.now());
        ConfirmResult second = sheets.confirm(submitted.sheetId(), SheetFixtures.leader(g), Instant.now());

        assertTrue(second.alreadyConfirmed());
        assertEquals(0, second.postings());
        assertEquals(first.sheet(), second.sheet());
        assertEquals(List.of(2L), longs("SELECT COUNT(*) FROM savings_txn WHERE sheet_id = ?1", submitted.sheetId()));
    }

    @Test
    void twoConfirmationsAtOncePostOnce() throws Exception {
        SheetFixtures.Group g = fixtures.group(5);
        SheetView submitted = fixtures.submitted(g);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<ConfirmResult>> calls = List.of(
                    () -> {
                        start.await();
                        return sheets.confirm(submitted.sheetId(), SheetFixtures.leader(g), Instant.now());
                    },
                    () -> {
                        start.await();
                        return sheets.confirm(submitted.sheetId(), SheetActor.console("checker", Channel.CONSOLE), Instant.now());
                    });
            List<Future<ConfirmResult>> futures = new ArrayList<>();
            calls.forEach(c -> futures.add(pool.submit(c)));
            start.countDown();
            List<ConfirmResult> results = new ArrayList<>();
            for (Future<ConfirmResult> f : futures) {
                results.add(f.get());
            }
            assertEquals(1, results.stream().filter(r -> !r.alreadyConfirmed()).count());
            assertEquals(1, results.stream().filter(ConfirmResult::alreadyConfirmed).count());
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(4L), longs("SELECT COUNT(*) FROM savings_txn WHERE sheet_id = ?1", submitted.sheetId()));
        assertEquals(List.of(1L), longs("SELECT COUNT(*) FROM loan_repayment WHERE sheet_id = ?1", submitted.sheetId()));
        assertEquals(List.of(4L), longs("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE CONCAT('sheet-receipt:', ?1, ':%')",
                submitted.sheetId()));
        SheetFixtures.assertConsistent(consistency.check(), g, submitted.sheetId());
    }

    @Test
    void theBooksCheckFindsASheetThatDisagreesWithTheLedger() {
        SheetFixtures.Group g = fixtures.group(3);
        long sheetId = fixtures.submitted(g).sheetId();
        sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE meeting_sheet_line SET fine_paise = 500"
                + " WHERE sheet_id = ?1 AND member_id = ?2").setParameter(1, sheetId).setParameter(2, g.borrowerId()).executeUpdate());

        assertTrue(consistency.check().sheetDifferences().contains(
                new org.sakhiline.books.consistency.ConsistencyReport.SheetDifference(sheetId, "fines", 500, 0)));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE meeting_sheet_line SET fine_paise = 0"
                + " WHERE sheet_id = ?1").setParameter(1, sheetId).executeUpdate());
        SheetFixtures.assertConsistent(consistency.check(), g, sheetId);
    }

    @Test
    void theMakerCannotCheckNorCanAnotherGroupOrAPlainMember() {
        SheetFixtures.Group g = fixtures.group(4);
        SheetFixtures.Group other = fixtures.group(2);
        SheetView sheet = sheets.open(g.meetingId(), SheetFixtures.bookkeeper(g), Instant.now());
        SheetActor clerk = SheetActor.console("clerk", Channel.CONSOLE);
        sheet = sheets.save(sheet.sheetId(), sheet.version(), List.of(new SheetEdit(g.leaderId(), LineEntry.absent())), null, clerk);
        for (SheetLine line : sheet.lines()) {
            sheets.recordLine(sheet.sheetId(), line.memberId(), LineEntry.absent(), SheetFixtures.bookkeeper(g));
        }
        sheets.setCashCounted(sheet.sheetId(), 0, SheetFixtures.bookkeeper(g));
        long id = sheets.submit(sheet.sheetId(), SheetFixtures.bookkeeper(g)).sheetId();

        assertEquals("maker-is-checker", refusal(() -> sheets.confirm(id, SheetFixtures.bookkeeper(g), Instant.now())));
        assertEquals("maker-is-checker", refusal(() -> sheets.confirm(id, clerk, Instant.now())));
        assertEquals("maker-is-checker", refusal(() -> sheets.reject(id, "no", clerk)));
        assertEquals("forbidden", refusal(() -> sheets.confirm(id, SheetFixtures.leader(other), Instant.now())));
        assertEquals("forbidden", refusal(() -> sheets.confirm(id, SheetActor.member(g.memberIds().get(3), Channel.USSD),
                Instant.now())));
        assertEquals("forbidden", refusal(() -> sheets.recordLine(id, g.leaderId(), LineEntry.absent(),
                SheetFixtures.bookkeeper(other))));
        assertEquals(SheetStatus.SUBMITTED, sheets.view(id).status());
        assertTrue(sheets.confirm(id, SheetActor.console("checker", Channel.API), Instant.now()).sheet().status()
                == SheetStatus.CONFIRMED);
    }

    @Test
    void everyBadInputHasItsOwnCodeAndChangesNothing() {
        SheetFixtures.Group g = fixtures.group(4);
        SheetFixtures.Group other = fixtures.group(2);
        SheetActor bk = SheetFixtures.bookkeeper(g);
        SheetView sheet = sheets.open(g.meetingId(), bk, Instant.now());
        long id = sheet.sheetId();
        long borrower = g.borrowerId();

        assertEquals("not-whole-rupees", refusal(() -> sheets.recordLine(id, borrower, present(100_50, 0, Map.of()), bk)));
        assertEquals("amount-over-limit", refusal(() -> sheets.recordLine(id, borrower, present(50_001_00, 0, Map.of()), bk)));
        assertEquals("amount-over-limit", refusal(() -> sheets.recordLine(id, borrower, present(0, 60_000_00, Map.of()), bk)));
        assertEquals("repayment-over-outstanding", refusal(() -> sheets.recordLine(id, borrower,
                present(0, 0, Map.of(g.loanId(), 11_001_00L)), bk)));
        assertEquals("not-her-loan", refusal(() -> sheets.recordLine(id, g.leaderId(), present(0, 0, Map.of(g.loanId(), 100_00L)), bk)));
        assertEquals("not-in-group", refusal(() -> sheets.recordLine(id, other.leaderId(), LineEntry.absent(), bk)));
        assertEquals("invalid-input", refusal(() -> sheets.recordLine(id, borrower, present(-100_00, 0, Map.of()), bk)));
        assertEquals("invalid-input", refusal(() -> sheets.recordLine(id, borrower, new LineEntry(null, 0, 0, Map.of()), bk)));
        assertEquals("sheet-incomplete", refusal(() -> sheets.submit(id, bk)));

        upkeep.exit(g.memberIds().get(3), null, "moved away");
        assertEquals("member-exited", refusal(() -> sheets.recordLine(id, g.memberIds().get(3), present(100_00, 0, Map.of()), bk)));

        SheetView now = sheets.view(id);
        assertEquals(sheet.version(), now.version(), "nothing was written");
        assertEquals(4, now.totals().notEntered());

        SheetView saved = sheets.save(id, now.version(), List.of(new SheetEdit(g.leaderId(), LineEntry.absent())), 500_00L,
                SheetActor.console("meera", Channel.CONSOLE));
        assertEquals("stale-version", refusal(() -> sheets.save(id, now.version(), List.of(), null,
                SheetActor.console("rupa", Channel.CONSOLE))));
        assertEquals("invalid-input", refusal(() -> sheets.save(id, saved.version(), List.of(
                new SheetEdit(g.leaderId(), LineEntry.absent()), new SheetEdit(g.leaderId(), LineEntry.absent())), null, bk)));
        assertEquals(saved, sheets.view(id), "the refused saves lost nothing of the first");
    }

    @Test
    void aRejectSendsTheSheetBackWithItsReasonAndOnlyADraftIsEdited() {
        SheetFixtures.Group g = fixtures.group(3);
        SheetView submitted = fixtures.submitted(g);
        long id = submitted.sheetId();
        assertEquals("sheet-not-draft", refusal(() -> sheets.recordLine(id, g.leaderId(), LineEntry.absent(),
                SheetFixtures.bookkeeper(g))));
        assertEquals("invalid-input", refusal(() -> sheets.reject(id, "  ", SheetFixtures.leader(g))));

        SheetView rejected = sheets.reject(id, "Sita paid Rs 200, not 100", SheetFixtures.leader(g));
        assertEquals(SheetStatus.DRAFT, rejected.status());
        assertEquals("Sita paid Rs 200, not 100", rejected.rejectedReason());
        assertEquals("sheet-not-submitted", refusal(() -> sheets.confirm(id, SheetFixtures.leader(g), Instant.now())));

        sheets.recordLine(id, g.borrowerId(), present(200_00, 0, Map.of()), SheetFixtures.bookkeeper(g));
        sheets.setCashCounted(id, 200_00 + 100_00, SheetFixtures.bookkeeper(g));
        SheetView again = sheets.submit(id, SheetFixtures.bookkeeper(g));
        assertEquals(null, again.rejectedReason());
        assertEquals(List.of("REJECTED"), sheets.history(id).stream().map(SheetEvent::event).filter("REJECTED"::equals).toList());
        assertEquals(SheetStatus.CONFIRMED, sheets.confirm(id, SheetFixtures.leader(g), Instant.now()).sheet().status());
        assertEquals(200_00, savings.balancePaise(g.borrowerId()));
    }

    @Test
    void aPostingTheLedgerRefusesRollsTheWholeConfirmationBack() {
        SheetFixtures.Group g = fixtures.group(4);
        SheetView submitted = fixtures.submitted(g);
        upkeep.exit(g.memberIds().get(3), null, "left the village");

        assertEquals("member-exited", refusal(() -> sheets.confirm(submitted.sheetId(), SheetFixtures.leader(g), Instant.now())));

        assertEquals(SheetStatus.SUBMITTED, sheets.view(submitted.sheetId()).status());
        assertEquals(List.of(0L), longs("SELECT COUNT(*) FROM savings_txn WHERE sheet_id = ?1", submitted.sheetId()));
        assertEquals(List.of(0L), longs("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE CONCAT('sheet-receipt:', ?1, ':%')",
                submitted.sheetId()));
        assertEquals(0, savings.balancePaise(g.bookkeeperId()));
    }

    static LineEntry present(long savings, long fine, Map<Long, Long> repayments) {
        return new LineEntry(Attendance.PRESENT, savings, fine, repayments);
    }

    static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    private List<Long> longs(String sql, Object... params) {
        return fixtures.numbers(sql, params);
    }
}
