package org.sakhiline.admin.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.meetings.MeetingService;
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
import org.sakhiline.testing.BooksFixtures;

/**
 * A VO with one SHG that met yesterday (in Asia/Kolkata): three members, the first with a running loan whose
 * first instalment fell due before the meeting, the third the group's bookkeeper; two STAFF users of the VO
 * (one enters, the other checks) and one STAFF user of another VO.
 */
@ApplicationScoped
public class ConsoleSheetBooks {

    public static final String PASSWORD = "sheet-console-password-1";
    static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    @Inject
    OrgUnitService orgUnits;
    @Inject
    MemberDirectory directory;
    @Inject
    LoanService loans;
    @Inject
    MeetingService meetings;
    @Inject
    ConsoleUsers users;

    public record Group(long shgId, String shgCode, long meetingId, LocalDate meetingDate, List<Long> memberIds,
                        long loanId, String maker, String checker, String outsider) {}

    public Group create() {
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        long vo = orgUnits.create(new NewOrgUnit(null, OrgLevel.VO, Country.IN, BooksFixtures.unique("VO"), "Sheet VO",
                null, null, null, null, null)).id();
        ShgProfileData profile = new ShgProfileData(LocalDate.of(2020, 1, 1), MeetingFrequency.WEEKLY,
                yesterday.getDayOfWeek().getValue(), null, null, LocalTime.of(10, 0), "Anganwadi centre", ZONE.getId(), "hi",
                100_00, "XXXXXX4821", "A");
        String code = BooksFixtures.unique("SHG");
        long shg = orgUnits.create(new NewOrgUnit(vo, OrgLevel.SHG, Country.IN, code, "Durga SHG", null, "Gaya", "Bodh Gaya",
                "Bakraur", profile)).id();
        long sunita = member(shg, "Sunita Devi", "सुनीता देवी", MemberRole.MEMBER);
        long kamala = member(shg, "Kamala Devi", "कमला देवी", MemberRole.MEMBER);
        long rekha = member(shg, "Rekha Kumari", "रेखा कुमारी", MemberRole.BOOKKEEPER);
        LocalDate disbursed = yesterday.minusDays(40);
        long loan = loans.create(new NewLoan(sunita, FundSource.SHG_OWN, 5_000_00L, ChargeMethod.FLAT, 100, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 5, disbursed, disbursed.plusMonths(1), 0),
                PostingContext.of(BooksFixtures.unique("loan"), Channel.BOOKKEEPER, "test", disbursed)).loanId();
        long meeting = meetings.generate(shg, yesterday, yesterday).get(0).meetingId();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String maker = "sc-maker-" + suffix;
        String checker = "sc-checker-" + suffix;
        String outsider = "sc-outsider-" + suffix;
        users.create(maker, PASSWORD, ConsoleRole.STAFF, vo, "Asha Das");
        users.create(checker, PASSWORD, ConsoleRole.STAFF, vo, "Meena Roy");
        long otherVo = orgUnits.create(new NewOrgUnit(null, OrgLevel.VO, Country.IN, BooksFixtures.unique("VO"), "Other VO",
                null, null, null, null, null)).id();
        users.create(outsider, PASSWORD, ConsoleRole.STAFF, otherVo, "Nisha Other");
        return new Group(shg, code, meeting, yesterday, List.of(sunita, kamala, rekha), loan, maker, checker, outsider);
    }

    private long member(long shg, String name, String nativeName, MemberRole role) {
        return directory.createMember(new NewMember(shg, null, name, nativeName, "hi", ScriptVariant.NATIVE, role,
                LocalDate.of(2021, 1, 1), List.of(BooksFixtures.phone()))).memberId();
    }
}
