package org.sakhiline.books.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.testing.BooksFixtures;

@QuarkusTest
class MemberDirectoryTest {

    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    BooksFixtures fixtures;

    @Test
    void aSharedPhoneListsItsActiveMembersByName() {
        long shg = fixtures.shg();
        String shared = BooksFixtures.phone();
        long zeenat = fixtures.member(shg, "Zeenat Bibi", shared);
        long asha = fixtures.member(shg, "Asha Kumari", shared, BooksFixtures.phone());
        long gone = fixtures.member(shg, "Bimla Devi", shared);
        directory.setStatus(gone, MemberStatus.EXITED);

        assertEquals(List.of(asha, zeenat), directory.activeMembersByPhone(shared).stream().map(MemberSummary::memberId).toList());
        assertTrue(directory.activeMembersByPhone("+10000000000").isEmpty());
    }

    @Test
    void membersAreFoundByGroupAndNumberAndBySearch() {
        long shg = fixtures.shg();
        String code = orgUnits.find(shg).orElseThrow().code();
        String phone = BooksFixtures.phone();
        String name = BooksFixtures.unique("Parbati");
        long first = fixtures.member(shg, name, phone);
        long second = fixtures.member(shg, "Rekha", BooksFixtures.phone());

        assertEquals(second, directory.member(code, 2).orElseThrow().memberId());
        assertEquals(code, directory.member(first).orElseThrow().shgCode());
        assertEquals(List.of(first), ids(directory.search(name.substring(2), null, 0, 10)));
        assertEquals(List.of(first), ids(directory.search(phone, null, 0, 10)));
        assertEquals(List.of(first), ids(directory.search(phone.substring(phone.length() - 8), null, 0, 10)));
        assertEquals(List.of(second), ids(directory.search("2", shg, 0, 10)));
        assertEquals(2, directory.search("", shg, 0, 10).total());
        assertEquals(1, directory.search("", shg, 1, 1).items().size());
    }

    @Test
    void aMemberNumberIsUniqueWithinItsGroupOnly() {
        long shg = fixtures.shg();
        long other = fixtures.shg();
        NewMember no7 = new NewMember(shg, 7, "Gita", null, "bn", ScriptVariant.ROMAN, null, LocalDate.of(2022, 5, 1), List.of());
        directory.createMember(no7);
        assertThrows(ConflictException.class, () -> directory.createMember(no7));
        assertEquals(7, directory.createMember(new NewMember(other, 7, "Gita", null, "bn", ScriptVariant.ROMAN, null, null, null)).memberNo());
        assertEquals(8, directory.createMember(new NewMember(shg, null, "Mina", null, "bn", ScriptVariant.ROMAN, null, null, null)).memberNo());
    }

    @Test
    void staffActOnTheirUnitAndItsSubtreeOnly() {
        long shg = fixtures.shg();
        long vo = orgUnits.find(shg).orElseThrow().parentId();
        long elsewhere = fixtures.shg();
        long voStaff = staffDirectory.createStaff(new NewStaff("Meena (BC)", BooksFixtures.phone(), StaffRole.BANK_MITRA, vo, "hi")).staffId();
        long shgStaff = staffDirectory.createStaff(new NewStaff("Kiran (CRP)", BooksFixtures.phone(), StaffRole.CRP, shg, null)).staffId();

        assertTrue(staffDirectory.staffMayActOn(voStaff, vo));
        assertTrue(staffDirectory.staffMayActOn(voStaff, shg));
        assertFalse(staffDirectory.staffMayActOn(voStaff, elsewhere));
        assertTrue(staffDirectory.staffMayActOn(shgStaff, shg));
        assertFalse(staffDirectory.staffMayActOn(shgStaff, vo));
        long member = fixtures.member(shg, "Laxmi", BooksFixtures.phone());
        assertTrue(staffDirectory.staffMayActOnMember(voStaff, member));
    }

    @Test
    void staffAreFoundByPhone() {
        long vo = fixtures.vo(Country.PK);
        String phone = BooksFixtures.phone();
        StaffSummary s = staffDirectory.createStaff(new NewStaff("Nasreen", phone, StaffRole.ADMINISTRATOR, vo, "ur"));
        assertEquals(s.staffId(), staffDirectory.staffByPhone(phone).orElseThrow().staffId());
        assertThrows(ConflictException.class,
                () -> staffDirectory.createStaff(new NewStaff("Other", phone, StaffRole.CRP, vo, null)));
    }

    private static List<Long> ids(ResultPage<MemberSummary> page) {
        return page.items().stream().map(MemberSummary::memberId).toList();
    }
}
