package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
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
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.testing.BooksFixtures;

/**
 * The planner against MariaDB with fixed instants (the "clock" of each run is the window it is given):
 * day and hour per time zone, weekly and monthly meetings across a month boundary, quiet hours, cancelled
 * meetings, paid instalments, overdue repeats, STOP, channel preferences, dedupe under re-runs and
 * concurrent runs. Assertions look only at the outbox rows of members each test created.
 */
@QuarkusTest
class ReminderPlannerTest {

    @Inject
    BooksFixtures fixtures;
    @Inject
    ReminderPlanner planner;
    @Inject
    ReminderJob job;
    @Inject
    ReminderRuleService rules;
    @Inject
    ReminderPreferences preferences;
    @Inject
    MeetingService meetings;
    @Inject
    LoanService loans;
    @Inject
    MemberDirectory directory;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Event<SmsSubscriptionRequest> smsEvents;

    private record Row(String channel, String body, String language, String dedupeKey, String templateKey) {}

    // ------------------------------------------------------------------------------------- meetings

    @Test
    void weeklyMeetingIsRemindedTheEveningBeforeInIndia() {
        // Wednesdays 10:00 IST; the rule sits on the VO and covers the group.
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Sunita Devi", BooksFixtures.phone());
        meetingRule(parentOf(shg), 1, LocalTime.of(18, 0), ReminderChannel.SMS);

        // Tuesday 3 March 2026, 18:00 IST = 12:30 UTC.
        plan("2026-03-03T12:00:00Z", "2026-03-03T12:29:59Z");
        assertEquals(0, rows(member).size(), "not before 18:00 local");
        plan("2026-03-03T12:29:59Z", "2026-03-03T12:30:00Z");
        List<Row> rows = rows(member);
        assertEquals(1, rows.size());
        assertEquals("SMS", rows.get(0).channel());
        assertEquals("hi", rows.get(0).language());
        assertEquals("reminder.meeting", rows.get(0).templateKey());
        assertTrue(rows.get(0).body().contains("4 मार्च") && rows.get(0).body().contains("सुबह 10:00"), rows.get(0).body());
        assertTrue(rows.get(0).dedupeKey().startsWith("rem:mtg:" + member + ":2026-03-04:r"), rows.get(0).dedupeKey());

        // The next week's meeting comes a week later, not in between.
        plan("2026-03-03T12:30:00Z", "2026-03-10T12:29:00Z");
        assertEquals(1, rows(member).size());
        plan("2026-03-10T12:29:00Z", "2026-03-10T12:31:00Z");
        assertEquals(2, rows(member).size());
    }

    @Test
    void monthlyMeetingAcrossAMonthBoundaryInPakistan() {
        // Monthly on the 1st at 11:00 PKT; reminder on the last day of the previous month at 18:00 PKT (13:00 UTC).
        long co = fixtures.shg(MeetingFrequency.MONTHLY, null, null, 1, LocalTime.of(11, 0), "Asia/Karachi");
        long member = fixtures.member(co, "Nasreen Bibi", BooksFixtures.phone());
        directory.setLanguage(member, "ur", ScriptVariant.NATIVE);
        meetingRule(co, 1, LocalTime.of(18, 0), ReminderChannel.SMS);

        // At 18:00 India time (12:30 UTC) nothing: the group keeps Pakistan's clock.
        plan("2026-03-31T12:00:00Z", "2026-03-31T12:45:00Z");
        assertEquals(0, rows(member).size());
        plan("2026-03-31T12:45:00Z", "2026-03-31T13:00:00Z");
        List<Row> rows = rows(member);
        assertEquals(1, rows.size());
        assertEquals("ur", rows.get(0).language());
        assertTrue(rows.get(0).body().contains("1 اپریل"), rows.get(0).body());
        assertTrue(rows.get(0).dedupeKey().contains(":2026-04-01:"), rows.get(0).dedupeKey());
    }

    @Test
    void monthlyNthWeekdayMeetingInIndiaAcrossTheYearEnd() {
        // First Monday of the month, 14:00 IST: 4 January 2027; reminder 2 days before, Saturday 2 Jan 10:00 IST.
        long shg = fixtures.shg(MeetingFrequency.MONTHLY, 1, 1, null, LocalTime.of(14, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Rekha Kumari", BooksFixtures.phone());
        directory.setLanguage(member, "hi", ScriptVariant.ROMAN);
        meetingRule(shg, 2, LocalTime.of(10, 0), ReminderChannel.SMS);

        plan("2026-12-31T00:00:00Z", "2027-01-02T04:29:00Z");
        assertEquals(0, rows(member).size());
        plan("2027-01-02T04:29:00Z", "2027-01-02T04:30:00Z");
        List<Row> rows = rows(member);
        assertEquals(1, rows.size());
        assertEquals("hi-Latn", rows.get(0).language());
        assertTrue(rows.get(0).body().startsWith("Yaad rahe: samooh baithak Mon, 4 Jan, dopahar 2:00."), rows.get(0).body());
    }

    @Test
    void quietHoursShiftTheReminderToTheNextMorning() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 5, null, null, LocalTime.of(11, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Kamla Devi", BooksFixtures.phone());
        ReminderRuleView rule = rules.create(new ReminderRuleRequest(shg, ReminderKind.MEETING, 1, LocalTime.of(21, 30), null, null,
                ReminderChannel.SMS, LocalTime.of(8, 0), LocalTime.of(20, 0), true));
        assertEquals(LocalTime.of(21, 30), rule.sendAt());

        // Meeting Friday 6 March 11:00; 21:30 Thursday is quiet, so 08:00 Friday IST (02:30 UTC).
        plan("2026-03-05T15:00:00Z", "2026-03-06T02:29:00Z");
        assertEquals(0, rows(member).size(), "nothing during quiet hours");
        plan("2026-03-06T02:29:00Z", "2026-03-06T02:30:00Z");
        assertEquals(1, rows(member).size(), "shifted, not dropped");
    }

    @Test
    void cancelledMeetingsAreNotRemindedAndAMovedPlaceIsNamed() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Geeta Devi", BooksFixtures.phone());
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        List<MeetingSummary> generated = meetings.generate(shg, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8));
        meetings.cancel(generated.get(0).meetingId());                      // 1 April
        QuarkusTransaction.requiringNew().run(() -> org.sakhiline.books.meetings.Meeting.update("place = ?1 where id = ?2",
                "School verandah", generated.get(1).meetingId()));          // 8 April, somewhere else

        plan("2026-03-31T12:00:00Z", "2026-03-31T13:00:00Z");
        assertEquals(0, rows(member).size(), "cancelled meeting");
        plan("2026-04-07T12:00:00Z", "2026-04-07T13:00:00Z");
        List<Row> rows = rows(member);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).body().contains("School verandah"), rows.get(0).body());
    }

    @Test
    void membersSharingAHandsetInOneGroupGetOneMeetingReminder() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 2, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        String phone = BooksFixtures.phone();
        long first = fixtures.member(shg, "Sita Devi", phone);
        long second = fixtures.member(shg, "Gita Devi", phone);
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        plan("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z");
        assertEquals(1, rows(first).size() + rows(second).size());
    }

    // ------------------------------------------------------------------------------- instalments

    @Test
    void paidInstalmentsAreNotRemindedUnpaidOnesAre() {
        long shg = fixtures.shg();
        long member = fixtures.member(shg, "Anita Devi", BooksFixtures.phone());
        rules.create(new ReminderRuleRequest(shg, ReminderKind.INSTALMENT_DUE, 1, LocalTime.of(18, 0), null, null,
                ReminderChannel.SMS, null, null, true));
        LoanSchedule loan = loans.create(new NewLoan(member, FundSource.SHG_OWN, 12_000_00, ChargeMethod.FLAT, 100, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 12, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), 0), BooksFixtures.disbursal());
        long firstDue = loan.instalments().get(0).totalPaise();
        loans.repay(loan.loanId(), firstDue, PostingContext.of(BooksFixtures.unique("rp"), Channel.API, "api:test", LocalDate.of(2026, 4, 20)));

        // 1 May is paid: nothing on 30 April. 1 June is not: reminded on 31 May at 18:00 IST.
        plan("2026-04-30T12:00:00Z", "2026-04-30T13:00:00Z");
        assertEquals(0, rows(member).size());
        // A run that starts only after 1 June (catching up) does not say "due by" a day already gone.
        plan("2026-05-31T12:00:00Z", "2026-06-01T19:00:00Z");
        assertEquals(0, rows(member).size(), "stale due reminder");
        plan("2026-05-31T12:00:00Z", "2026-05-31T13:00:00Z");
        List<Row> rows = rows(member);
        assertEquals(1, rows.size());
        long second = loan.instalments().get(1).totalPaise();
        assertTrue(rows.get(0).body().contains(org.sakhiline.support.i18n.Money.format(second, "hi")), rows.get(0).body());
        assertTrue(rows.get(0).dedupeKey().startsWith("rem:due:" + member + ":2026-06-01:"));
    }

    @Test
    void overdueRemindersRepeatEverySevenDaysUpToThreeTimes() {
        long shg = fixtures.shg();
        long member = fixtures.member(shg, "Pushpa Devi", BooksFixtures.phone());
        rules.create(new ReminderRuleRequest(shg, ReminderKind.LOAN_OVERDUE, 1, LocalTime.of(10, 0), 7, 3,
                ReminderChannel.SMS, null, null, true));
        // First instalment due 1 July 2026, grace 2 days: reminders 4, 11 and 18 July at 10:00 IST (04:30 UTC).
        loans.create(new NewLoan(member, FundSource.REVOLVING_FUND, 6_000_00, ChargeMethod.FLAT, 0, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 6, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), 2), BooksFixtures.disbursal());
        int[] expected = {1, 1, 2, 3, 3};
        String[] days = {"2026-07-04", "2026-07-05", "2026-07-11", "2026-07-18", "2026-07-25"};
        for (int i = 0; i < days.length; i++) {
            plan(days[i] + "T04:00:00Z", days[i] + "T05:00:00Z");
            assertEquals(expected[i], rows(member).size(), "after " + days[i]);
        }
        List<String> keys = rows(member).stream().map(Row::dedupeKey).map(k -> k.replaceAll(".*:(n\\d):sms", "$1")).toList();
        assertEquals(List.of("n1", "n2", "n3"), keys);
        assertTrue(rows(member).get(0).body().contains("Rs 1,000"), rows(member).get(0).body());
    }

    // ----------------------------------------------------------------------- members' choices

    @Test
    void stopIsHonouredAndStartResumes() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 4, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        String phone = BooksFixtures.phone();
        long member = fixtures.member(shg, "Lalita Devi", phone);
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);

        Optional<ReminderPreferences.KeywordReply> reply = preferences.handleKeyword(phone, " stop. ");
        assertTrue(reply.isPresent());
        assertEquals(List.of(member), reply.get().memberIds());
        assertEquals("याद दिलाना बंद। फिर चालू करने को START भेजें।", reply.get().reply());
        plan("2026-03-04T12:00:00Z", "2026-03-04T13:00:00Z");
        assertEquals(0, rows(member).size(), "STOP honoured");

        assertEquals(ReminderPreferences.Keyword.START, preferences.handleKeyword(phone, "START").orElseThrow().keyword());
        plan("2026-03-11T12:00:00Z", "2026-03-11T13:00:00Z");
        assertEquals(1, rows(member).size());
        assertTrue(preferences.handleKeyword(phone, "BAL").isEmpty(), "other texts are left to the SMS channel");
        assertEquals(List.of(), preferences.handleKeyword("+919999000111", "STOP").orElseThrow().memberIds());
    }

    @Test
    void theSmsChannelsStopEventStopsReminders() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 4, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        String phone = BooksFixtures.phone();
        long member = fixtures.member(shg, "Sarita Devi", phone);
        QuarkusTransaction.requiringNew().run(() -> smsEvents.fire(new SmsSubscriptionRequest(phone,
                SmsSubscriptionRequest.Action.STOP, "STOP", "SM" + member, Instant.parse("2026-03-01T00:00:00Z"))));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> preferences.optedOut(member)));
        QuarkusTransaction.requiringNew().run(() -> smsEvents.fire(new SmsSubscriptionRequest(phone,
                SmsSubscriptionRequest.Action.START, "START", "SN" + member, Instant.parse("2026-03-02T00:00:00Z"))));
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> preferences.optedOut(member)));
    }

    @Test
    void inactiveMembersAreSkipped() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 4, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Savitri Devi", BooksFixtures.phone());
        directory.setStatus(member, MemberStatus.INACTIVE);
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        plan("2026-03-04T12:00:00Z", "2026-03-04T13:00:00Z");
        assertEquals(0, rows(member).size());
    }

    @Test
    void channelPreferenceOverridesTheRule() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 4, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long voice = fixtures.member(shg, "Meena Devi", BooksFixtures.phone());
        long both = fixtures.member(shg, "Usha Devi", BooksFixtures.phone());
        long none = fixtures.member(shg, "Asha Devi", BooksFixtures.phone());
        long asRule = fixtures.member(shg, "Radha Devi", BooksFixtures.phone());
        directory.setLanguage(voice, "hi", ScriptVariant.ROMAN);
        preferences.setChannel(voice, ReminderChannel.VOICE);
        preferences.setChannel(both, ReminderChannel.BOTH);
        preferences.setChannel(none, ReminderChannel.NONE);
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        plan("2026-03-04T12:00:00Z", "2026-03-04T13:00:00Z");

        List<Row> v = rows(voice);
        assertEquals(1, v.size());
        assertEquals("VOICE", v.get(0).channel());
        assertEquals("hi", v.get(0).language(), "calls speak Hindi even to a Roman-script reader");
        assertTrue(v.get(0).body().contains("गुरुवार"), v.get(0).body());
        assertEquals(List.of("SMS", "VOICE"), rows(both).stream().map(Row::channel).sorted().toList());
        assertEquals(0, rows(none).size());
        assertEquals(List.of("SMS"), rows(asRule).stream().map(Row::channel).toList());
    }

    @Test
    void theMostSpecificRuleWins() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 4, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Kiran Devi", BooksFixtures.phone());
        meetingRule(parentOf(shg), 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        ReminderRuleView own = meetingRule(shg, 1, LocalTime.of(12, 0), ReminderChannel.SMS);
        plan("2026-03-04T12:00:00Z", "2026-03-04T13:00:00Z");   // the VO's 18:00
        assertEquals(0, rows(member).size());
        plan("2026-03-04T06:00:00Z", "2026-03-04T07:00:00Z");   // the group's 12:00 IST
        assertEquals(1, rows(member).size());
        assertTrue(rows(member).get(0).dedupeKey().contains(":r" + own.id() + ":"));
        assertEquals(own.id(), rules.effective(shg).get(ReminderKind.MEETING).id());
    }

    // ------------------------------------------------------------------------------------ dedupe

    @Test
    void reRunsNeverRemindTwice() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 6, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Shanti Devi", BooksFixtures.phone());
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.BOTH);
        PlanResult first = plan("2026-03-06T12:00:00Z", "2026-03-06T13:00:00Z");
        PlanResult again = plan("2026-03-06T11:00:00Z", "2026-03-06T14:00:00Z");
        assertTrue(first.newRows() >= 2);
        assertTrue(again.reminders() >= 2);
        assertEquals(2, rows(member).size(), "one SMS and one call, once");
    }

    @Test
    void twoConcurrentPlannersRemindOnce() throws Exception {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 7, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(fixtures.member(shg, "Member " + i, BooksFixtures.phone()));
        }
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        Instant from = Instant.parse("2026-03-07T12:00:00Z");
        Instant to = Instant.parse("2026-03-07T13:00:00Z");

        // Without the lock: the dedupe key alone keeps two racing planners to one message each.
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<PlanResult>> racing = List.of(
                CompletableFuture.supplyAsync(() -> { await(barrier); return planner.plan(from, to); }),
                CompletableFuture.supplyAsync(() -> { await(barrier); return planner.plan(from, to); }));
        for (CompletableFuture<PlanResult> f : racing) {
            f.get(60, TimeUnit.SECONDS);
        }
        for (long m : members) {
            assertEquals(1, rows(m).size(), "member " + m);
        }

        // With the lock (as the scheduled job runs): one run plans, a concurrent one skips.
        Instant later = Instant.parse("2026-03-14T12:00:00Z");
        CyclicBarrier both = new CyclicBarrier(2);
        List<CompletableFuture<Optional<PlanResult>>> locked = List.of(
                CompletableFuture.supplyAsync(() -> { await(both); return job.runWindow(later, later.plusSeconds(3600)); }),
                CompletableFuture.supplyAsync(() -> { await(both); return job.runWindow(later, later.plusSeconds(3600)); }));
        int ran = 0;
        for (CompletableFuture<Optional<PlanResult>> f : locked) {
            ran += f.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
        }
        assertTrue(ran >= 1);
        for (long m : members) {
            assertEquals(2, rows(m).size(), "member " + m);
        }
    }

    @Test
    void theScheduledRunContinuesWhereTheLastStopped() {
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
        long member = fixtures.member(shg, "Durga Devi", BooksFixtures.phone());
        meetingRule(shg, 1, LocalTime.of(18, 0), ReminderChannel.SMS);
        // Tuesday 29 Sept 2026 18:00 IST = 12:30 UTC.
        PlanResult before = job.runScheduled(Instant.parse("2026-09-29T12:29:00Z")).orElseThrow();
        assertEquals(Instant.parse("2026-09-29T06:29:00Z"), before.from(), "first run reaches back the catch-up period");
        assertEquals(0, rows(member).size());
        PlanResult next = job.runScheduled(Instant.parse("2026-09-29T12:31:00Z")).orElseThrow();
        assertEquals(Instant.parse("2026-09-29T12:29:00Z"), next.from());
        assertEquals(1, rows(member).size());
    }

    // -------------------------------------------------------------------------------- helpers

    private ReminderRuleView meetingRule(long unit, int daysBefore, LocalTime at, ReminderChannel channel) {
        return rules.create(new ReminderRuleRequest(unit, ReminderKind.MEETING, daysBefore, at, null, null, channel, null, null, true));
    }

    private static long parentOf(long unitId) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(unitId).parentId);
    }

    private PlanResult plan(String from, String to) {
        return planner.plan(Instant.parse(from), Instant.parse(to));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Row> rows(long memberId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT channel, body, language, dedupe_key, template_key FROM outbox_message"
                     + " WHERE dedupe_key LIKE ? ORDER BY id")) {
            ps.setString(1, "rem:%:" + memberId + ":%");
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
