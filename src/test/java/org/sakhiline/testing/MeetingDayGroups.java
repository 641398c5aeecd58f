package org.sakhiline.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;

/**
 * A group on its meeting day, built through the books' own services: a weekly SHG that meets today (in
 * Asia/Kolkata), today's meeting generated, members with PINs, phones and opening savings, a bookkeeper and a
 * leader, and weekly loans of Rs 5,000 at Rs 500 an instalment, the first due a week ago (so Rs 1,000 is due
 * today: one instalment in arrears and today's).
 */
@ApplicationScoped
public class MeetingDayGroups {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    public static final String PIN = "2580";
    public static final long OPENING_SAVINGS_PAISE = 50_000;
    public static final long LOAN_PAISE = 500_000;
    public static final long INSTALMENT_PAISE = 50_000;

    /** One member as the test knows her. {@code loanId} 0: no loan. */
    public record Woman(long id, String name, String phone, String language, ScriptVariant script, MemberRole role,
                        long loanId) {}

    /** A group, its meeting today and its women in member-number order. */
    public record Group(long shgId, long meetingId, LocalDate today, List<Woman> women) {
        public Woman bookkeeper() {
            return women.stream().filter(w -> w.role() == MemberRole.BOOKKEEPER).findFirst().orElseThrow();
        }

        public Woman leader() {
            return women.stream().filter(w -> w.role() == MemberRole.LEADER).findFirst().orElseThrow();
        }

        public Woman byName(String name) {
            return women.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** Who to enrol: name, language, script, role, with a loan or not. */
    public record Enrol(String name, String nameNative, String language, ScriptVariant script, MemberRole role, boolean loan) {}

    @Inject
    BooksFixtures fixtures;
    @Inject
    MemberDirectory directory;
    @Inject
    MemberPins pins;
    @Inject
    LoanService loans;
    @Inject
    SavingsService savings;
    @Inject
    MeetingService meetings;

    public static LocalDate today() {
        return LocalDate.ofInstant(Instant.now(), ZONE);
    }

    /** Six women: an English bookkeeper and leader, members in en, hi, hi-Latn and ur, three with loans. */
    public Group sixWomen() {
        return group(List.of(
                new Enrol("Kamla Bora", null, "en", ScriptVariant.NATIVE, MemberRole.BOOKKEEPER, false),
                new Enrol("Sita Das", null, "en", ScriptVariant.NATIVE, MemberRole.LEADER, true),
                new Enrol("Asha Nath", null, "en", ScriptVariant.NATIVE, MemberRole.MEMBER, true),
                new Enrol("Geeta Devi", "गीता देवी", "hi", ScriptVariant.NATIVE, MemberRole.MEMBER, true),
                new Enrol("Rekha Devi", "रेखा देवी", "hi", ScriptVariant.ROMAN, MemberRole.MEMBER, false),
                new Enrol("Zainab Bibi", "زینب بی بی", "ur", ScriptVariant.NATIVE, MemberRole.MEMBER, false)));
    }

    /** A group with only a bookkeeper and a leader (another SHG, for the scope checks). */
    public Group twoWomen() {
        return group(List.of(
                new Enrol("Mala Roy", null, "en", ScriptVariant.NATIVE, MemberRole.BOOKKEEPER, false),
                new Enrol("Lata Roy", null, "en", ScriptVariant.NATIVE, MemberRole.LEADER, false)));
    }

    public Group group(List<Enrol> enrol) {
        LocalDate today = today();
        long shg = fixtures.shg(MeetingFrequency.WEEKLY, today.getDayOfWeek().getValue(), null, null, LocalTime.of(10, 0),
                ZONE.getId());
        long meeting = meetings.generate(shg, today, today).get(0).meetingId();
        List<Woman> women = new ArrayList<>();
        for (Enrol e : enrol) {
            String phone = BooksFixtures.phone();
            long id = directory.createMember(new NewMember(shg, null, e.name(), e.nameNative(), e.language(), e.script(),
                    e.role(), LocalDate.of(2022, 4, 1), List.of(phone))).memberId();
            pins.setPin(id, PIN);
            savings.deposit(id, OPENING_SAVINGS_PAISE, PostingContext.of(BooksFixtures.unique("open"), Channel.API, "test",
                    today.minusWeeks(4)));
            long loanId = e.loan() ? loans.create(new NewLoan(id, FundSource.SHG_OWN, LOAN_PAISE, ChargeMethod.FLAT, 0,
                    RatePeriod.MONTH, LoanFrequency.WEEKLY, 10, today.minusWeeks(2), today.minusWeeks(1), 0),
                    BooksFixtures.disbursal()).loanId() : 0;
            women.add(new Woman(id, e.name(), phone, e.language(), e.script(), e.role(), loanId));
        }
        return new Group(shg, meeting, today, women);
    }
}
