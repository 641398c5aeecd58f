package org.sakhiline.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.books.consistency.ConsistencyReport;
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
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetView;

/**
 * A group ready for meeting day: member 1 is its LEADER, member 2 its BOOKKEEPER, the rest MEMBERs; member 3
 * has a loan with instalments due before the meeting; one meeting today (Asia/Kolkata). Default savings Rs 100.
 */
@ApplicationScoped
public class SheetFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    public static final long DEFAULT_SAVINGS = 100_00L;

    @Inject
    OrgUnitService orgUnits;
    @Inject
    MemberDirectory directory;
    @Inject
    LoanService loans;
    @Inject
    EntityManager em;

    /** {@code memberIds} in member-number order; {@code phones} likewise. */
    public record Group(long voId, long shgId, long leaderId, long bookkeeperId, List<Long> memberIds, List<String> phones,
                        long borrowerId, long loanId, long meetingId, LocalDate meetingDate) {}

    public Group group(int members) {
        return group(members, "hi");
    }

    public Group group(int members, String language) {
        long vo = orgUnits.create(new NewOrgUnit(null, OrgLevel.VO, Country.IN, BooksFixtures.unique("VO"), "Sheet VO", null,
                null, null, null, null)).id();
        ShgProfileData profile = new ShgProfileData(LocalDate.of(2020, 1, 1), MeetingFrequency.WEEKLY, 3, null, null,
                LocalTime.of(10, 0), "Anganwadi centre", ZONE.getId(), language, DEFAULT_SAVINGS, "XXXXXX4821", "A");
        long shg = orgUnits.create(new NewOrgUnit(vo, OrgLevel.SHG, Country.IN, BooksFixtures.unique("SHG"), "Sheet SHG", null,
                "Gaya", "Bodh Gaya", "Bakraur", profile)).id();
        List<Long> ids = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            MemberRole role = i == 1 ? MemberRole.LEADER : i == 2 ? MemberRole.BOOKKEEPER : MemberRole.MEMBER;
            String phone = BooksFixtures.phone();
            phones.add(phone);
            ids.add(directory.createMember(new NewMember(shg, null, "Member " + i, null, language, ScriptVariant.NATIVE, role,
                    LocalDate.of(2021, 1, 1), List.of(phone))).memberId());
        }
        LocalDate today = LocalDate.now(ZONE);
        long borrower = ids.get(Math.min(2, members - 1));
        // Rs 10,000 at 1% a month flat over 10 months: Rs 1,100 a month; two instalments due by today.
        long loan = loans.create(new NewLoan(borrower, FundSource.SHG_OWN, 10_000_00L, ChargeMethod.FLAT, 100, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 10, today.minusMonths(2).minusDays(1), today.minusMonths(1).minusDays(1), 0),
                BooksFixtures.disbursal()).loanId();
        long meeting = meeting(shg, today, "SCHEDULED");
        return new Group(vo, shg, ids.get(0), ids.get(Math.min(1, members - 1)), ids, phones, borrower, loan, meeting, today);
    }

    @Inject
    MeetingSheets sheets;

    /** The group's bookkeeper on USSD. */
    public static SheetActor bookkeeper(Group g) {
        return SheetActor.member(g.bookkeeperId(), Channel.USSD);
    }

    /** The group's leader on USSD. */
    public static SheetActor leader(Group g) {
        return SheetActor.member(g.leaderId(), Channel.USSD);
    }

    /**
     * The meeting recorded by the bookkeeper and submitted: the leader absent, everyone else "as shown" (the
     * borrower repays her two instalments due), the cash counted equal to what was collected.
     */
    public SheetView submitted(Group g) {
        SheetView sheet = sheets.open(g.meetingId(), bookkeeper(g), Instant.now());
        for (SheetLine line : sheet.lines()) {
            LineEntry entry = line.memberId() == g.leaderId() ? LineEntry.absent() : LineEntry.asShown(line);
            sheet = sheets.recordLine(sheet.sheetId(), line.memberId(), entry, bookkeeper(g));
        }
        sheets.setCashCounted(sheet.sheetId(), sheet.totals().collectedPaise(), bookkeeper(g));
        return sheets.submit(sheet.sheetId(), bookkeeper(g));
    }

    /** The books check finds nothing wrong with this group's balances, its loan or this sheet (other tests' data aside). */
    public static void assertConsistent(ConsistencyReport r, Group g, long sheetId) {
        assertTrue(r.balanceDifferences().stream().noneMatch(d -> g.memberIds().contains(d.memberId())), r.toString());
        assertTrue(r.instalmentDifferences().stream().noneMatch(d -> d.loanId() == g.loanId()), r.toString());
        assertTrue(r.sheetDifferences().stream().noneMatch(d -> d.sheetId() == sheetId), r.toString());
    }

    /** The first row of a native query as numbers (null stays null), read in a transaction of its own. */
    public List<Long> numbers(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            Object row = q.getSingleResult();
            Object[] cols = row instanceof Object[] a ? a : new Object[] {row};
            List<Long> out = new ArrayList<>();
            for (Object c : cols) {
                out.add(c == null ? null : ((Number) c).longValue());
            }
            return out;
        });
    }

    /** A meeting row of the group on {@code date} (any date, any status). */
    public long meeting(long shgId, LocalDate date, String status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO meeting (shg_id, meeting_date, start_time, place, status)"
                            + " VALUES (?1, ?2, '10:00:00', 'Anganwadi centre', ?3)")
                    .setParameter(1, shgId).setParameter(2, date).setParameter(3, status).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT id FROM meeting WHERE shg_id = ?1 AND meeting_date = ?2")
                    .setParameter(1, shgId).setParameter(2, date).getSingleResult()).longValue();
        });
    }
}
