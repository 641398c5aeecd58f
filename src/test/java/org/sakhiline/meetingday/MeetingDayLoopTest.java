package org.sakhiline.meetingday;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.ConfirmResult;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.channel.sms.SignedSms;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.MeetingDayGroups;
import org.sakhiline.testing.MeetingDayGroups.Group;
import org.sakhiline.testing.MeetingDayGroups.Woman;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

/**
 * Meeting day over the real protocols, end to end: the bookkeeper records the sheet in an Africa's Talking USSD
 * conversation, the leader confirms it in hers, the receipts leave the outbox through the Twilio adapter (to the
 * local stub), the members' own USSD balance and dues are the new ones, a member's signed SMS "WRONG" flags the
 * sheet; and the refusals: a second confirmation (API after USSD, two at once), maker = checker, another group's
 * bookkeeper. Amounts: usual savings Rs 100, Rs 1,000 due on each loan (see {@link MeetingDayGroups}).
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class MeetingDayLoopTest {

    @Inject
    MeetingDayGroups groups;
    @Inject
    MeetingSheets sheets;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    SavingsService savings;
    @Inject
    LoopLedger ledger;
    @Inject
    LoanService loans;

    TwilioApiStub stub;

    @BeforeEach
    void stub() {
        stub = TwilioApiStub.current();
        stub.reset();
    }

    @Test
    void theBookkeeperRecordsTheLeaderConfirmsAndEveryPresentMemberIsToldInHerLanguage() {
        Group g = groups.sixWomen();
        Woman asha = g.byName("Asha Nath");
        Woman geeta = g.byName("Geeta Devi");
        Woman rekha = g.byName("Rekha Devi");
        Woman zainab = g.byName("Zainab Bibi");
        String ashaDuesBefore = UssdMember.dues(asha);

        // The bookkeeper, member by member: as shown, as shown, as shown, other amount, absent, as shown.
        BookkeeperOnUssd kamla = BookkeeperOnUssd.openSheet(g);
        kamla.asShown(g.bookkeeper());
        kamla.asShown(g.leader());
        kamla.asShown(asha);
        kamla.otherAmount(geeta, 200, 500);
        kamla.absent(rekha);
        String summary = kamla.asShown(zainab);
        assertThat(summary, containsString("Submit"));
        assertThat(summary, containsString("Collected Rs 3,100"));
        assertEquals("Sent to the leader to confirm. Thank you.", kamla.submit(3_100));

        SheetView submitted = sheets.forMeeting(g.meetingId()).orElseThrow();
        assertEquals(SheetStatus.SUBMITTED, submitted.status());
        assertEquals(List.of(Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT,
                Attendance.PRESENT), submitted.lines().stream().map(SheetLine::attendance).toList());
        assertEquals(5, submitted.totals().present());
        assertEquals(10_000 * 4 + 20_000, submitted.totals().savingsPaise());
        assertEquals(100_000 * 2 + 50_000, submitted.totals().repaidPaise());
        assertEquals(0, ledger.postedForSheet(submitted.sheetId()), "nothing posted before the leader confirms");

        // The leader sees the totals and confirms on her phone.
        LeaderOnUssd sita = LeaderOnUssd.open(g.leader());
        assertThat(sita.screen(), containsString("5"));
        assertThat(sita.confirm(), not(containsString("Invalid")));
        long sheetId = submitted.sheetId();
        assertEquals(SheetStatus.CONFIRMED, sheets.view(sheetId).status());
        // 5 savings rows, 3 repayments (Sita, Asha, Geeta).
        assertEquals(8, ledger.postedForSheet(sheetId));

        // One receipt per present member, in her language and script; none for Rekha who was absent.
        Map<Long, LoopLedger.Receipt> receipts = ledger.receipts(sheetId);
        assertEquals(List.of(g.bookkeeper().id(), g.leader().id(), asha.id(), geeta.id(), zainab.id()),
                receipts.keySet().stream().sorted().toList());
        assertEquals("en", receipts.get(asha.id()).language());
        assertEquals("hi", receipts.get(geeta.id()).language());
        assertEquals("ur", receipts.get(zainab.id()).language());
        assertTrue(receipts.get(geeta.id()).body().matches("(?s).*[\\u0900-\\u097F].*"), receipts.get(geeta.id()).body());
        assertTrue(receipts.get(zainab.id()).body().matches("(?s).*[\\u0600-\\u06FF].*"), receipts.get(zainab.id()).body());
        assertThat("her new savings", receipts.get(asha.id()).body(), containsString("600"));
        assertThat("left on her loan", receipts.get(asha.id()).body(), containsString("4,000"));
        assertThat("her new savings", receipts.get(geeta.id()).body(), containsString("700"));

        // Through the real Twilio adapter to the stub, each to her phone with the text in the outbox.
        dispatcher.drain();
        for (Woman w : List.of(g.bookkeeper(), g.leader(), asha, geeta, zainab)) {
            List<TwilioApiStub.Received> sent = stub.receivedFor(w.phone());
            assertEquals(1, sent.size(), w.name());
            assertEquals(receipts.get(w.id()).body(), sent.get(0).form().get("Body"));
        }
        assertEquals(List.of(), stub.receivedFor(rekha.phone()));

        // What USSD answers her now is what was written.
        assertEquals("CON Your savings: Rs 600\n1 Mini statement\n0 Back", UssdMember.balance(asha));
        assertThat(UssdMember.balance(geeta), startsWith("CON आपकी बचत: Rs 700"));
        assertThat(UssdMember.balance(rekha), containsString("Rs 500"));
        // She paid everything due by this meeting (Rs 1,000: last week's arrears and today's): nothing overdue is
        // left, and what her dues screen shows now is only what falls due after today — her next meeting's
        // instalment once this one is held (which meeting is "next" depends on the hour: the check holds at any).
        String ashaDuesAfter = UssdMember.dues(asha);
        String both = "before:\n" + ashaDuesBefore + "\nafter:\n" + ashaDuesAfter;
        assertEquals(100_000, UssdMember.duesPaise(ashaDuesBefore), both);
        assertFalse(ashaDuesAfter.contains("Overdue"), both);
        java.time.LocalDate dueBy = UssdMember.dueDate(ashaDuesAfter, g.today());
        assertTrue(dueBy == null || dueBy.isAfter(g.today()), both);
        assertTrue(UssdMember.duesPaise(ashaDuesAfter) <= 50_000, both);
    }

    @Test
    void aWrongReplyFlagsTheSheetOnceAndChangesNoMoney() {
        Group g = groups.sixWomen();
        long sheetId = ServicePath.confirmedAsShown(sheets, g);
        Woman asha = g.byName("Asha Nath");
        long savingsBefore = savings.balancePaise(asha.id());
        int postedBefore = ledger.postedForSheet(sheetId);

        Map<String, String> wrong = SignedSms.form(SignedSms.sid(), asha.phone(), "WRONG");
        String reply = SignedSms.twiml(wrong);
        assertThat(SignedSms.replyOf(reply), containsString("Staff will check"));
        assertEquals(reply, SignedSms.twiml(wrong), "the replayed message answers like the first");
        assertEquals(1, sheets.flags(sheetId).size(), "and flags once");
        assertEquals(asha.id(), sheets.flags(sheetId).get(0).memberId());

        Woman geeta = g.byName("Geeta Devi");
        assertThat(SignedSms.send(geeta.phone(), "गलत"), not(""));
        assertEquals(2, sheets.flags(sheetId).size(), "her native word flags too");
        assertEquals(2, sheets.view(sheetId).openFlags());

        assertEquals(savingsBefore, savings.balancePaise(asha.id()), "a flag changes no money");
        assertEquals(postedBefore, ledger.postedForSheet(sheetId));
        assertEquals(SheetStatus.CONFIRMED, sheets.view(sheetId).status());
    }

    @Test
    void aConfirmationOnTheApiWhileTheLeaderIsOnHerConfirmScreenPostsOnce() {
        Group g = groups.sixWomen();
        long sheetId = ServicePath.submittedAsShown(sheets, g);
        LeaderOnUssd sita = LeaderOnUssd.open(g.leader());

        ConsoleAuth.asAdmin().contentType("application/json").body("{}")
                .post("/api/v1/meetings/" + g.meetingId() + "/sheet/confirm").then().statusCode(200);
        int posted = ledger.postedForSheet(sheetId);
        assertEquals(6 + 3, posted, "six savings, three repayments");

        String answer = sita.confirm();
        assertThat(answer, not(startsWith("END Service busy")));
        ConsoleAuth.asAdmin().contentType("application/json").body("{}")
                .post("/api/v1/meetings/" + g.meetingId() + "/sheet/confirm").then().statusCode(200);
        assertEquals(posted, ledger.postedForSheet(sheetId), "the second and third confirmation post nothing");
        assertEquals(6, ledger.receipts(sheetId).size(), "one receipt each, not one per confirmation");
    }

    @Test
    void twoConfirmationsAtOncePostOnce() throws Exception {
        Group g = groups.sixWomen();
        long sheetId = ServicePath.submittedAsShown(sheets, g);
        List<SheetActor> checkers = List.of(SheetActor.member(g.leader().id(), Channel.USSD),
                SheetActor.console(ConsoleAuth.ADMIN, Channel.API));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ConfirmResult>> results = new ArrayList<>();
            for (SheetActor checker : checkers) {
                results.add(pool.submit(() -> {
                    go.await();
                    return sheets.confirm(sheetId, checker, Instant.now());
                }));
            }
            go.countDown();
            int firsts = 0;
            for (Future<ConfirmResult> r : results) {
                firsts += r.get(60, TimeUnit.SECONDS).alreadyConfirmed() ? 0 : 1;
            }
            assertEquals(1, firsts, "exactly one of them confirmed; the other answered like it");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6 + 3, ledger.postedForSheet(sheetId));
        assertEquals(6, ledger.receipts(sheetId).size());
    }

    @Test
    void theMakerOfASheetNeverChecksIt() {
        Group g = groups.sixWomen();
        long sheetId = ServicePath.submittedAsShown(sheets, g);
        SheetActor kamla = SheetActor.member(g.bookkeeper().id(), Channel.USSD);
        assertEquals("maker-is-checker",
                assertThrows(DomainException.class, () -> sheets.confirm(sheetId, kamla, Instant.now())).code());

        // Roles rotate: made leader the next week, she still may not check the sheet she recorded; USSD tells her so.
        ledger.setRole(g.bookkeeper().id(), "LEADER");
        LeaderOnUssd asLeader = LeaderOnUssd.open(g.bookkeeper());
        String told = asLeader.screen().contains("Confirm") ? asLeader.confirm() : asLeader.screen();
        assertThat(told, anyOf(containsString("You recorded this meeting"), containsString("No meeting waiting")));
        assertEquals("maker-is-checker",
                assertThrows(DomainException.class, () -> sheets.confirm(sheetId, kamla, Instant.now())).code());
        assertEquals(SheetStatus.SUBMITTED, sheets.view(sheetId).status());

        // A staff user who typed a paper register cannot confirm it either, on the API or anywhere.
        Group paper = groups.sixWomen();
        SheetActor admin = SheetActor.console(ConsoleAuth.ADMIN, Channel.API);
        SheetView draft = sheets.open(paper.meetingId(), admin, Instant.now());
        ServicePath.allAsShown(sheets, draft, admin);
        sheets.submit(draft.sheetId(), admin);
        assertEquals("maker-is-checker",
                assertThrows(DomainException.class, () -> sheets.confirm(draft.sheetId(), admin, Instant.now())).code());
        assertThat(ConsoleAuth.asAdmin().contentType("application/json").body("{}")
                .post("/api/v1/meetings/" + paper.meetingId() + "/sheet/confirm")
                .then().statusCode(oneOf(403, 422)).extract().asString(), containsString("maker-is-checker"));
        assertEquals(0, ledger.postedForSheet(sheetId) + ledger.postedForSheet(draft.sheetId()), "nothing posted");
    }

    @Test
    void aBookkeeperOfAnotherGroupNeverSeesThisGroupsMeeting() {
        Group g = groups.sixWomen();
        Group other = groups.twoWomen();
        BookkeeperOnUssd mala = BookkeeperOnUssd.openSheet(other);
        assertThat(mala.screen(), containsString(other.bookkeeper().name()));
        for (Woman w : g.women()) {
            assertThat(mala.screen(), not(containsString(w.name())));
        }
        SheetActor malaActor = SheetActor.member(other.bookkeeper().id(), Channel.USSD);
        assertThrows(RuntimeException.class, () -> sheets.open(g.meetingId(), malaActor, Instant.now()));
        assertTrue(sheets.forMeeting(g.meetingId()).isEmpty(), "her attempt opened no sheet for the other group");
        long sheetId = sheets.open(g.meetingId(), SheetActor.member(g.bookkeeper().id(), Channel.USSD), Instant.now()).sheetId();
        SheetLine first = sheets.view(sheetId).lines().get(0);
        assertThrows(RuntimeException.class, () -> sheets.recordLine(sheetId, first.memberId(),
                org.sakhiline.books.sheets.LineEntry.absent(), malaActor));
        assertNull(sheets.view(sheetId).lines().get(0).attendance());
    }

    /** Any service charge gives instalments with paise: "as shown" must still record them (found by the bench). */
    @Test
    void aLoanWhoseInstalmentHasPaiseIsRecordedAsShown() {
        Group g = groups.sixWomen();
        Woman asha = g.byName("Asha Nath");
        long loanId = loans.create(new NewLoan(asha.id(), FundSource.SHG_OWN, 500_000, ChargeMethod.FLAT, 100, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 3, g.today().minusMonths(2), g.today().minusMonths(1), 0), BooksFixtures.disbursal())
                .loanId();
        BookkeeperOnUssd kamla = BookkeeperOnUssd.openSheet(g);
        for (Woman w : g.women()) {
            kamla.asShown(w);
        }
        SheetLine line = sheets.forMeeting(g.meetingId()).orElseThrow().line(asha.id()).orElseThrow();
        org.sakhiline.books.sheets.SheetRepayment due = line.repayments().stream().filter(r -> r.loanId() == loanId)
                .findFirst().orElseThrow();
        assertTrue(due.duePaise() % 100 != 0, "the schedule's instalment has paise: " + due);
        assertEquals(due.duePaise(), due.amountPaise(), "her instalment is on the sheet to the paisa: " + line);
        assertThat(kamla.screen(), containsString("Submit"));
        // Typed amounts stay whole rupees: paise are taken only where the books computed the figure.
        org.sakhiline.support.problem.DomainException typed = org.junit.jupiter.api.Assertions.assertThrows(
                org.sakhiline.support.problem.DomainException.class, () -> sheets.recordLine(
                        sheets.forMeeting(g.meetingId()).orElseThrow().sheetId(), asha.id(),
                        new org.sakhiline.books.sheets.LineEntry(Attendance.PRESENT, line.savingsPaise(), 0,
                                java.util.Map.of(loanId, due.duePaise() - 1)),
                        org.sakhiline.books.sheets.SheetActor.member(g.bookkeeper().id(), org.sakhiline.books.posting.Channel.USSD)));
        assertEquals("not-whole-rupees", typed.code());
    }

    @Test
    void aSessionDroppedMidSheetResumesWhereSheStopped() {
        Group g = groups.sixWomen();
        BookkeeperOnUssd kamla = BookkeeperOnUssd.openSheet(g);
        kamla.asShown(g.bookkeeper());
        kamla.asShown(g.leader());
        kamla.absent(g.byName("Asha Nath"));
        kamla.dropped();

        BookkeeperOnUssd again = BookkeeperOnUssd.openSheet(g);
        assertThat("the next one not entered", again.screen(), containsString("Geeta Devi"));
        SheetView kept = sheets.forMeeting(g.meetingId()).orElseThrow();
        assertEquals(3, kept.lines().stream().filter(SheetLine::entered).count());
        assertEquals(Attendance.ABSENT, kept.lines().get(2).attendance());
        again.asShown(g.byName("Geeta Devi"));
        again.asShown(g.byName("Rekha Devi"));
        again.asShown(g.byName("Zainab Bibi"));
        again.submit(2_500);
        assertEquals(SheetStatus.SUBMITTED, sheets.view(kept.sheetId()).status());
        assertFalse(again.hops() > 12, "resuming costs a few hops, not the whole sheet again: " + again.hops());
    }
}
