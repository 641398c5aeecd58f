package org.sakhiline.books.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.testing.BooksFixtures;

@QuarkusTest
class MemberPinsTest {

    private static final Instant T0 = Instant.parse("2025-06-01T05:00:00Z");

    @Inject
    MemberPins pins;

    @Inject
    MemberDirectory directory;

    @Inject
    StaffPins staffPins;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    BooksFixtures fixtures;

    @Test
    void threeWrongTriesLockForThirtyMinutes() {
        long member = fixtures.member();
        assertEquals(PinCheck.notSet(), pins.verify(member, "1234", T0));
        pins.setPin(member, "4321");

        assertEquals(PinCheck.wrong(2), pins.verify(member, "0000", T0));
        assertEquals(PinCheck.wrong(1), pins.verify(member, "1111", T0.plusSeconds(5)));
        Instant until = T0.plusSeconds(10).plus(Duration.ofMinutes(30));
        assertEquals(PinCheck.locked(until), pins.verify(member, "2222", T0.plusSeconds(10)));
        assertEquals(PinCheck.locked(until), pins.verify(member, "4321", T0.plus(Duration.ofMinutes(10))));
        assertEquals(PinCheck.ok(), pins.verify(member, "4321", until));
        assertEquals(PinCheck.wrong(2), pins.verify(member, "9999", until.plusSeconds(1)));
    }

    @Test
    void successResetsTheCount() {
        long member = fixtures.member();
        pins.setPin(member, "2580");
        assertEquals(PinCheck.wrong(2), pins.verify(member, "0852", T0));
        assertEquals(PinCheck.wrong(1), pins.verify(member, "abcd", T0));
        assertEquals(PinCheck.ok(), pins.verify(member, "2580", T0));
        assertEquals(PinCheck.wrong(2), pins.verify(member, "0000", T0));
        assertEquals(true, directory.member(member).orElseThrow().pinSet());
    }

    @Test
    void onlyFourDigitsCanBeSet() {
        long member = fixtures.member();
        assertEquals("pin", assertThrows(InvalidInputException.class, () -> pins.setPin(member, "12a4")).errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> pins.setPin(member, "12345"));
    }

    @Test
    void staffPinsFollowTheSameRules() {
        long vo = fixtures.vo(Country.IN);
        long staff = staffDirectory.createStaff(new NewStaff("Meena", BooksFixtures.phone(), StaffRole.BANK_MITRA, vo, null)).staffId();
        staffPins.setPin(staff, "1357");
        assertEquals(PinCheck.wrong(2), staffPins.verify(staff, "7531", T0));
        assertEquals(PinCheck.ok(), staffPins.verify(staff, "1357", T0));
    }
}
