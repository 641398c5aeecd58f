package org.sakhiline.books.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanSchedule;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.meetings.NextMeeting;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.PinLockout;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.testing.BooksFixtures;

/**
 * The plain-JDBC reads of a hop give exactly what the ledger services give for the same members: an
 * overdue loan, a paid-up one still open, a closed one, a shared phone, groups with and without
 * generated meetings, and a window of cancelled and held meetings.
 */
@QuarkusTest
class MemberBooksReaderTest {

    @Inject
    MemberBooksReader reader;
    @Inject
    MemberDirectory directory;
    @Inject
    SavingsService savings;
    @Inject
    LoanService loans;
    @Inject
    MeetingService meetings;
    @Inject
    MemberPins pins;
    @Inject
    BooksFixtures fixtures;
    @Inject
    MenuBooks books;

    /** Instants around the loans' due dates and the groups' meetings (Wednesdays 10:00 IST). */
    private static final List<Instant> MOMENTS = List.of(
            Instant.parse("2025-01-01T04:00:00Z"),   // 09:30 IST on a meeting day
            Instant.parse("2025-01-01T04:31:00Z"),   // just after it started
            Instant.parse("2025-03-07T19:00:00Z"),   // already 8 Mar in India
            Instant.parse("2025-03-10T06:00:00Z"),
            Instant.parse("2025-06-01T12:00:00Z"));

    private static PostingContext ctx(LocalDate on) {
        return PostingContext.of(BooksFixtures.unique("rd"), Channel.BOOKKEEPER, "staff:7", on);
    }

    /** Rs 10,000 at 1 %/month flat, 10 monthly instalments of 110,000 from 5 Feb 2025, 3 days' grace. */
    private LoanSchedule loan(long member) {
        return loans.create(new NewLoan(member, FundSource.REVOLVING_FUND, 1_000_000, ChargeMethod.FLAT, 100,
                RatePeriod.MONTH, LoanFrequency.MONTHLY, 10, LocalDate.of(2025, 1, 5), LocalDate.of(2025, 2, 5), 3),
                BooksFixtures.disbursal());
    }

    @Test
    void duesAndNextMeetingMatchTheServicesForEveryKindOfLoanAndCalendar() {
        long quietGroup = fixtures.shg();   // no meeting rows generated: the rule alone
        long busyGroup = fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        List<MeetingSummary> generated = meetings.generate(busyGroup, LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 31));
        meetings.cancel(generated.get(2).meetingId());   // 8 Jan
        long karachiGroup = fixtures.shg(MeetingFrequency.MONTHLY, 2, 2, null, LocalTime.of(11, 0), "Asia/Karachi");

        long overdue = fixtures.member(quietGroup, "Overdue Devi", BooksFixtures.phone());
        loans.repay(loan(overdue).loanId(), 160_000, ctx(LocalDate.of(2025, 2, 5)));
        long paidAhead = fixtures.member(busyGroup, "Paid Ahead", BooksFixtures.phone());
        loans.repay(loan(paidAhead).loanId(), 5 * 110_000, ctx(LocalDate.of(2025, 1, 20)));
        long closed = fixtures.member(karachiGroup, "Closed Bibi", BooksFixtures.phone());
        loans.repay(loan(closed).loanId(), 1_100_000, ctx(LocalDate.of(2025, 1, 20)));
        long twoLoans = fixtures.member(busyGroup, "Two Loans", BooksFixtures.phone());
        loan(twoLoans);
        loan(twoLoans);
        long noLoan = fixtures.member(karachiGroup, "No Loan", BooksFixtures.phone());

        for (long member : List.of(overdue, paidAhead, closed, twoLoans, noLoan)) {
            long shg = directory.member(member).orElseThrow().shgId();
            for (Instant now : MOMENTS) {
                NextMeeting expectedNext = meetings.nextMeeting(shg, now).orElseThrow();
                assertEquals(expectedNext, reader.nextMeeting(member, now), "next meeting of " + member + " at " + now);
                LocalDate today = now.atZone(expectedNext.zone()).toLocalDate();
                assertEquals(loans.dues(member, today, expectedNext.date()), reader.dues(member, now),
                        "dues of " + member + " at " + now);
                assertEquals(servicesView(() -> books.loanDues(member, now)), books.loanDues(member, now));
                assertEquals(servicesView(() -> books.nextMeeting(member, now)), books.nextMeeting(member, now));
            }
        }
        // The cases are what they claim to be.
        Instant march10 = Instant.parse("2025-03-10T06:00:00Z");
        assertTrue(reader.dues(overdue, march10).overduePaise() > 0);
        assertTrue(reader.dues(paidAhead, march10).hasLoans());
        assertEquals(0, reader.dues(paidAhead, march10).amountDuePaise());
        assertFalse(reader.dues(closed, march10).hasLoans());
        assertEquals(2, reader.dues(twoLoans, march10).loans().size());
        assertNull(reader.nextMeeting(overdue, march10).meetingId(), "no rows generated: computed from the rule");
        assertNotNull(reader.nextMeeting(paidAhead, MOMENTS.get(0)).meetingId());
    }

    @Test
    void aWindowOfCancelledAndHeldMeetingsFallsBackLikeTheService() {
        long shg = fixtures.shg();
        long member = fixtures.member(shg, "Window Devi", BooksFixtures.phone());
        List<MeetingSummary> rows = meetings.generate(shg, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        // Everything in the 62-day window is cancelled or held: the next is a later generated row or the rule.
        for (MeetingSummary m : rows) {
            if (!m.date().isAfter(LocalDate.of(2025, 3, 4))) {
                if (m.date().getDayOfMonth() % 2 == 0) {
                    meetings.cancel(m.meetingId());
                } else {
                    meetings.recordAttendance(m.meetingId(), List.of(member));
                }
            }
        }
        NextMeeting expected = meetings.nextMeeting(shg, now).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 5), expected.date());
        assertEquals(expected, reader.nextMeeting(member, now));
        assertEquals(loans.dues(member, LocalDate.of(2025, 1, 1), expected.date()), reader.dues(member, now));

        long bare = fixtures.member(fixtures.shg(), "Bare Devi", BooksFixtures.phone());
        assertEquals(meetings.nextMeeting(directory.member(bare).orElseThrow().shgId(), now).orElseThrow(),
                reader.nextMeeting(bare, now));
    }

    @Test
    void aSharedPhoneListsItsActiveMembersInTheDirectorysOrder() {
        String phone = BooksFixtures.phone();
        long shg = fixtures.shg();
        long zeba = fixtures.member(shg, "Zeba", phone);
        fixtures.member(shg, "Asha", phone);
        fixtures.member(shg, "Asha", phone);   // names repeat: the id decides
        long gone = fixtures.member(shg, "Meena", phone);
        directory.setStatus(gone, MemberStatus.EXITED);
        pins.setPin(zeba, "1234");

        List<MemberSummary> expected = directory.activeMembersByPhone(phone);
        assertEquals(3, expected.size());
        assertEquals(expected, reader.activeMembersByPhone(phone));
        assertEquals(servicesView(() -> books.membersForPhone(phone)), books.membersForPhone(phone));
        assertEquals(List.of(), reader.activeMembersByPhone(BooksFixtures.phone()));
    }

    @Test
    void balanceStatementAndPinColumnsMatch() {
        long member = fixtures.member();
        long empty = fixtures.member();
        PostedTxn first = savings.deposit(member, 50_000, ctx(LocalDate.of(2025, 1, 1)));
        for (int i = 1; i <= 6; i++) {
            savings.deposit(member, 1_000L * i, ctx(LocalDate.of(2025, 1, 1).plusWeeks(i)));
        }
        savings.withdraw(member, 2_500, ctx(LocalDate.of(2025, 3, 1)));
        savings.reverse(first.txnId(), ctx(LocalDate.of(2025, 3, 2)).withExternalRef("REF-1"));

        for (long m : List.of(member, empty)) {
            assertEquals(savings.balancePaise(m), reader.balancePaise(m));
            for (int n : List.of(0, 1, 5, 20)) {
                assertEquals(savings.lastTransactions(m, n), reader.lastTransactions(m, n));
            }
            assertEquals(servicesView(() -> books.lastTransactions(m, 5)), books.lastTransactions(m, 5));
            assertEquals(servicesView(() -> books.balancePaise(m)), books.balancePaise(m));
        }

        assertNull(reader.pinColumns(member).orElseThrow().hash());
        pins.setPin(member, "2468");
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        pins.verify(member, "0000", t0);
        assertEquals(1, reader.pinColumns(member).orElseThrow().failedAttempts());
        pins.verify(member, "0000", t0);
        pins.verify(member, "0000", t0);
        MemberBooksReader.PinColumns locked = reader.pinColumns(member).orElseThrow();
        assertEquals(t0.plus(PinLockout.LOCK_DURATION), locked.lockedUntil());
        assertEquals(QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(member).pinHash), locked.hash());
        assertTrue(reader.pinColumns(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void anUnknownMemberIsNotFoundEitherWay() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertThrows(NotFoundException.class, () -> reader.dues(Long.MAX_VALUE, now));
        assertThrows(NotFoundException.class, () -> reader.nextMeeting(Long.MAX_VALUE, now));
        assertThrows(NotFoundException.class, () -> servicesView(() -> books.nextMeeting(Long.MAX_VALUE, now)));
    }

    @Test
    void readsInsideATransactionGoThroughTheServices() {
        assertTrue(reader.usable());
        assertFalse(QuarkusTransaction.requiringNew().call(reader::usable));
        // A change not yet flushed in the caller's transaction is seen by the menu's books (via Hibernate).
        String phone = BooksFixtures.phone();
        long member = fixtures.member(fixtures.shg(), "Leaving Soon", phone);
        List<?> seen = QuarkusTransaction.requiringNew().call(() -> {
            Member.<Member>findById(member).status = MemberStatus.EXITED;
            return books.membersForPhone(phone);
        });
        assertEquals(List.of(), seen);
        assertEquals(List.of(), books.membersForPhone(phone));
    }

    /** The same call inside a transaction, where the adapter reads through the services. */
    private static <T> T servicesView(java.util.concurrent.Callable<T> call) {
        return QuarkusTransaction.requiringNew().call(call);
    }
}
