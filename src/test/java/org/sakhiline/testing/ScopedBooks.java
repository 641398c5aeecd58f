package org.sakhiline.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.sakhiline.books.members.MemberSummary;
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
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderRuleRequest;
import org.sakhiline.reminders.ReminderRuleService;

/**
 * A village organisation with one SHG and a full set of books (a member with savings, a loan with a
 * repayment, meetings, a bank mitra, a reminder rule, a failed SMS) and a STAFF console user who looks
 * after that VO. Two of these are the usual setup for scope tests: each staff user must see her own
 * branch and nothing of the other.
 */
@ApplicationScoped
public class ScopedBooks {

    public static final String STAFF_PASSWORD = "staff-password-123";
    private static final String DEVANAGARI = "कखगघचछजझटठडतथदधनपबभमयरलवशसह";

    @Inject
    OrgUnitService orgUnits;
    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;
    @Inject
    SavingsService savings;
    @Inject
    LoanService loans;
    @Inject
    MeetingService meetings;
    @Inject
    ReminderRuleService rules;
    @Inject
    ConsoleUsers consoleUsers;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    /** Ids and names of one branch; {@code staffUser} signs in with {@link #STAFF_PASSWORD}. */
    public record Branch(long voId, String voCode, long shgId, String shgCode, long memberId, int memberNo, String memberName,
                         String nativeName, String phone, long depositTxnId, long loanId, long repaymentId, long meetingId,
                         long staffId, long ruleId, long failedMessageId, String staffUser) {}

    public Branch create() {
        String voCode = BooksFixtures.unique("VO");
        long vo = orgUnits.create(new NewOrgUnit(null, OrgLevel.VO, Country.IN, voCode, "Scope VO", null, null, null, null,
                null)).id();
        String shgCode = BooksFixtures.unique("SHG");
        ShgProfileData profile = new ShgProfileData(LocalDate.of(2020, 1, 1), MeetingFrequency.WEEKLY, 3, null, null,
                LocalTime.of(10, 0), "Panchayat bhavan", "Asia/Kolkata", "hi", 10_000, "XXXXXX4821", "A");
        long shg = orgUnits.create(new NewOrgUnit(vo, OrgLevel.SHG, Country.IN, shgCode, "Scope SHG", null, "Gaya", "Bodh Gaya",
                "Bakraur", profile)).id();
        String nativeName = "सुनीता " + uniqueDevanagari();
        String phone = BooksFixtures.phone();
        MemberSummary m = directory.createMember(new NewMember(shg, null, "Sunita Scope", nativeName, "hi", ScriptVariant.NATIVE,
                MemberRole.MEMBER, LocalDate.of(2021, 1, 1), List.of(phone)));
        LocalDate day = LocalDate.of(2026, 1, 7);
        long txn = savings.deposit(m.memberId(), 1_25_300_00L, PostingContext.of(key(), Channel.BOOKKEEPER, "test", day)).txnId();
        long loan = loans.create(new NewLoan(m.memberId(), FundSource.SHG_OWN, 10_000_00L, ChargeMethod.FLAT, 100,
                RatePeriod.MONTH, LoanFrequency.MONTHLY, 5, day, day.plusMonths(1), 0),
                PostingContext.of(key(), Channel.BOOKKEEPER, "test", day)).loanId();
        long repayment = loans.repay(loan, 1_000_00L, PostingContext.of(key(), Channel.BOOKKEEPER, "test", day.plusMonths(1)))
                .repaymentId();
        long meeting = meetings.generate(shg, day, day.plusDays(6)).get(0).meetingId();
        long staff = staffDirectory.createStaff(new NewStaff("Rupa Mitra", BooksFixtures.phone(), StaffRole.BANK_MITRA, shg, "hi"))
                .staffId();
        long rule = rules.create(new ReminderRuleRequest(shg, ReminderKind.MEETING, 1, LocalTime.of(18, 0), null, null,
                ReminderChannel.SMS, null, null, true)).id();
        long message = failedMessageTo(phone);
        String user = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        consoleUsers.create(user, STAFF_PASSWORD, ConsoleRole.STAFF, vo, "Staff of " + voCode);
        return new Branch(vo, voCode, shg, shgCode, m.memberId(), m.memberNo(), m.name(), nativeName, phone, txn, loan,
                repayment, meeting, staff, rule, message, user);
    }

    /** An SMS that Twilio refused for good. */
    public long failedMessageTo(String phone) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = outbox.enqueue(OutgoingMessage.sms(phone, "Jama Rs 500. Bachat Rs 1,25,300.").withLanguage("hi-Latn"));
            em.createNativeQuery("UPDATE outbox_message SET status = 'FAILED', attempts = 3, error_code = 21610,"
                    + " last_error = 'unsubscribed recipient' WHERE id = ?1").setParameter(1, id).executeUpdate();
            return id;
        });
    }

    private static String key() {
        return "scope-" + UUID.randomUUID();
    }

    private static String uniqueDevanagari() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(DEVANAGARI.charAt(ThreadLocalRandom.current().nextInt(DEVANAGARI.length())));
        }
        return b.toString();
    }
}
