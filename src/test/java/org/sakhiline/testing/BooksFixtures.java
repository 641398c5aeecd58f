package org.sakhiline.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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

/** Creates test data with unique codes and phones so test classes never depend on each other. */
@ApplicationScoped
public class BooksFixtures {

    private static final AtomicLong PHONE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    OrgUnitService orgUnits;

    @Inject
    MemberDirectory directory;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A loan disbursal under a fresh system key, recorded as a bookkeeper's entry by the tests. */
    public static PostingContext disbursal() {
        return PostingContext.of(unique("loan"), Channel.BOOKKEEPER, "test", LocalDate.now());
    }

    /** A fresh E.164 phone no other test uses. */
    public static String phone() {
        return "+9198" + String.format("%08d", PHONE.incrementAndGet() % 100_000_000L);
    }

    public long vo(Country country) {
        return orgUnits.create(new NewOrgUnit(null, OrgLevel.VO, country, unique("VO"), "Test VO", null, null, null, null,
                null)).id();
    }

    /** A weekly SHG meeting on Wednesdays at 10:00 in Asia/Kolkata. */
    public long shg() {
        return shg(MeetingFrequency.WEEKLY, 3, null, null, LocalTime.of(10, 0), "Asia/Kolkata");
    }

    public long shg(MeetingFrequency frequency, Integer dayOfWeek, Integer weekOfMonth, Integer dayOfMonth, LocalTime time,
                    String zone) {
        long vo = vo(zone.equals("Asia/Karachi") ? Country.PK : Country.IN);
        OrgLevel level = zone.equals("Asia/Karachi") ? OrgLevel.CO : OrgLevel.SHG;
        Country country = zone.equals("Asia/Karachi") ? Country.PK : Country.IN;
        ShgProfileData profile = new ShgProfileData(LocalDate.of(2020, 1, 1), frequency, dayOfWeek, weekOfMonth, dayOfMonth,
                time, "Anganwadi centre", zone, "hi", 10_000, "XXXXXX4821", "A");
        return orgUnits.create(new NewOrgUnit(vo, level, country, unique("SHG"), "Test SHG", null, "Gaya", "Bodh Gaya",
                "Bakraur", profile)).id();
    }

    public long member(long shgId, String name, String... phones) {
        return directory.createMember(new NewMember(shgId, null, name, null, "hi", ScriptVariant.NATIVE, MemberRole.MEMBER,
                LocalDate.of(2021, 1, 1), List.of(phones))).memberId();
    }

    public long member() {
        return member(shg(), "Sunita Devi", phone());
    }
}
