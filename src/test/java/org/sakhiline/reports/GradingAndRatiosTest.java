package org.sakhiline.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.members.MemberUpkeep;
import org.sakhiline.books.org.Country;
import org.sakhiline.reports.grading.GradeCard;
import org.sakhiline.reports.grading.PanchasutraGrading;
import org.sakhiline.reports.grading.Sutra;
import org.sakhiline.reports.grading.SutraScore;
import org.sakhiline.reports.ratios.GroupRatios;
import org.sakhiline.reports.ratios.RatioFigures;

/**
 * A group meeting on the 1st of each month, January to June 2026: four meetings held, May's cancelled,
 * June's never recorded; Asha saves at every meeting held, Bina at two, Chanda exits in April; Asha's
 * loan from the group's own funds is paid on time twice and late once.
 */
@QuarkusTest
class GradingAndRatiosTest {

    @Inject
    ReportBooks books;
    @Inject
    MeetingService meetings;
    @Inject
    MemberUpkeep upkeep;
    @Inject
    PanchasutraGrading grading;
    @Inject
    GroupRatios ratios;
    @Inject
    EntityManager em;

    long vo;
    long shg;

    @BeforeEach
    void aHalfYearOfBooks() {
        vo = books.vo(books.federation(Country.IN), Country.IN);
        shg = books.shg(vo, "Asia/Kolkata");
        long asha = books.member(shg, "Asha");
        long bina = books.member(shg, "Bina");
        long chanda = books.member(shg, "Chanda");
        List<MeetingSummary> year = meetings.generate(shg, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));
        assertEquals(6, year.size());
        for (int i = 0; i < 4; i++) {
            meetings.recordAttendance(year.get(i).meetingId(), i == 3 ? List.of(asha, bina) : List.of(asha, bina, chanda));
            books.deposit(asha, 100_00, year.get(i).date());
            if (i < 2) {
                books.deposit(bina, 100_00, year.get(i).date());
            }
        }
        meetings.cancel(year.get(4).meetingId());
        upkeep.exit(chanda, LocalDate.of(2026, 4, 2), "moved away");
        long loan = books.loan(asha, FundSource.SHG_OWN, 3, LocalDate.of(2026, 2, 1), 0);
        books.repay(loan, 1_000_00, LocalDate.of(2026, 2, 1));
        books.repay(loan, 1_000_00, LocalDate.of(2026, 3, 1));
        books.repay(loan, 1_000_00, LocalDate.of(2026, 4, 10));
    }

    @Test
    void eachSutraIsScoredFromTheBooksWithItsReason() {
        GradeCard card = grading.compute(shg, LocalDate.of(2026, 6, 5));
        Map<Sutra, SutraScore> s = card.scores().stream().collect(Collectors.toMap(SutraScore::sutra, x -> x));
        assertEquals(6, card.meetingsConsidered());
        assertEquals(66, s.get(Sutra.REGULAR_MEETINGS).score());
        assertEquals("4 of 6 meetings held, 1 cancelled, 1 not recorded", s.get(Sutra.REGULAR_MEETINGS).reason());
        // Asha 4 of 4, Bina 2 of 4, Chanda 0 of 4 (on the roll until 2 April, after the last meeting held): 6 of 12.
        assertEquals(50, s.get(Sutra.REGULAR_SAVINGS).score(), s.get(Sutra.REGULAR_SAVINGS).reason());
        assertEquals(100, s.get(Sutra.REGULAR_INTER_LOANING).score(), "1 of 2 members borrowed: half earns full marks");
        assertEquals(66, s.get(Sutra.TIMELY_REPAYMENT).score(), s.get(Sutra.TIMELY_REPAYMENT).reason());
        assertTrue(s.get(Sutra.TIMELY_REPAYMENT).reason().contains("Rs 2,000 of Rs 3,000"), s.get(Sutra.TIMELY_REPAYMENT).reason());
        assertEquals(100, s.get(Sutra.UP_TO_DATE_BOOKS).score());
        assertEquals((66 + 50 + 100 + 66 + 100) / 5, card.total());
        assertEquals("B", card.grade(), "76 is below the A threshold of 80");
    }

    @Test
    void regradingKeepsHistoryAndTheCurrentGradeOnTheProfile() {
        GradeCard march = grading.regrade(shg, LocalDate.of(2026, 3, 2), "console:test");
        GradeCard june = grading.regrade(shg, LocalDate.of(2026, 6, 5), "system:grading");
        List<GradeCard> history = grading.history(shg);
        assertEquals(2, history.size());
        assertEquals("system:grading", history.get(0).computedBy());
        assertEquals(march.grade(), history.get(1).grade());
        assertEquals(june.scores(), history.get(0).scores());
        assertEquals(june.grade(), em.createNativeQuery("SELECT grade FROM shg_profile WHERE org_unit_id = ?1").setParameter(1, shg)
                .getSingleResult().toString());
        assertEquals(1, grading.current(vo).cards().size());
        assertEquals(june.grade(), grading.current(vo).cards().get(0).grade());
    }

    @Test
    void ratiosCountMembersMeetingsSavingsLoansAndDropOuts() {
        RatioFigures march = ratios.report(vo, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 5))
                .total().total();
        assertEquals(3, march.members());
        assertEquals(1, march.meetingsHeld());
        assertEquals(10_000, march.attendanceRateBp());
        assertEquals(5 * 100_00, march.savingsPaise());
        assertEquals(5 * 100_00 / 3, march.savingsPerMemberPaise());
        assertEquals(1_000_00, march.loansOutstandingPaise());
        assertEquals(20_000, march.savingsLentOutBp(), "Rs 1,000 lent of Rs 500 saved");
        assertEquals(10_000, march.repaymentRateBp());
        RatioFigures spring = ratios.report(vo, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 5))
                .total().total();
        assertEquals(2, spring.members());
        assertEquals(1, spring.dropOuts());
        assertEquals(3333, spring.dropOutRateBp());
        assertEquals(1, spring.meetingsHeld());
        assertEquals(1, spring.meetingsCancelled(), "the cancelled meeting day counts for no attendance");
        assertEquals(3, spring.expected(), "Chanda was still a member at the 1 April meeting");
        assertEquals(2, spring.present());
        assertEquals(0, spring.loansOutstandingPaise());
    }
}
