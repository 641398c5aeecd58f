package org.sakhiline.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.NewOrgUnit;
import org.sakhiline.books.org.OrgLevel;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.ShgProfileData;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.BooksFixtures;

/** Hand-built books for report tests: a fresh federation → VO → SHG tree per test, loans without charge. */
@ApplicationScoped
public class ReportBooks {

    @Inject
    OrgUnitService orgUnits;
    @Inject
    MemberDirectory directory;
    @Inject
    LoanService loans;
    @Inject
    SavingsService savings;

    public long federation(Country country) {
        return orgUnits.create(new NewOrgUnit(null, country == Country.PK ? OrgLevel.LSO : OrgLevel.CLF, country,
                BooksFixtures.unique("FED"), "Report federation", null, null, null, null, null)).id();
    }

    public long vo(long federation, Country country) {
        return orgUnits.create(new NewOrgUnit(federation, OrgLevel.VO, country, BooksFixtures.unique("VO"), "Report VO", null,
                null, null, null, null)).id();
    }

    /** A group meeting monthly on the 1st at 10:00 in {@code zone} (a CO under a Pakistani VO). */
    public long shg(long vo, String zone) {
        boolean pk = zone.equals("Asia/Karachi");
        ShgProfileData profile = new ShgProfileData(LocalDate.of(2020, 1, 1), MeetingFrequency.MONTHLY, null, null, 1,
                LocalTime.of(10, 0), "Community hall", zone, pk ? "ur" : "hi", 100_00, null, null);
        return orgUnits.create(new NewOrgUnit(vo, pk ? OrgLevel.CO : OrgLevel.SHG, pk ? Country.PK : Country.IN,
                BooksFixtures.unique("SHG"), "Report SHG", null, null, null, null, profile)).id();
    }

    public long member(long shg, String name) {
        return directory.createMember(new NewMember(shg, null, name, null, "hi", ScriptVariant.ROMAN, MemberRole.MEMBER,
                LocalDate.of(2021, 1, 1), List.of(BooksFixtures.phone()))).memberId();
    }

    /** Rs {@code instalments} × 1,000, no service charge, monthly from {@code firstDue}, disbursed a month before. */
    public long loan(long member, FundSource fund, int instalments, LocalDate firstDue, int graceDays) {
        return loans.create(new NewLoan(member, fund, instalments * 1_000_00L, ChargeMethod.FLAT, 0, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, instalments, firstDue.minusMonths(1), firstDue, graceDays), BooksFixtures.disbursal())
                .loanId();
    }

    public long repay(long loan, long paise, LocalDate valueDate) {
        return loans.repay(loan, paise, PostingContext.of(BooksFixtures.unique("rep"), Channel.BOOKKEEPER, "test", valueDate))
                .repaymentId();
    }

    public long reverse(long repayment, LocalDate valueDate) {
        return loans.reverseRepayment(repayment, PostingContext.of(BooksFixtures.unique("rev"), Channel.BOOKKEEPER, "test",
                valueDate)).repaymentId();
    }

    public void deposit(long member, long paise, LocalDate valueDate) {
        savings.deposit(member, paise, PostingContext.of(BooksFixtures.unique("dep"), Channel.BOOKKEEPER, "test", valueDate));
    }
}
