package org.sakhiline.books.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.staff.StaffChanges;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;

/** The field checks the API and the console share, and the version rule, as plain functions. */
class MemberFieldsTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertEquals(List.of(), MemberFields.problems("Sunita Devi", "सुनीता देवी", "hi", "roman", "leader"));
        assertEquals(List.of("name", "language", "script", "role"), fields(MemberFields.problems(" ", null, "fr", "cursive", "queen")));
        assertEquals(List.of("name", "nameNative"), fields(MemberFields.problems("x".repeat(121), "क".repeat(201), "en", null, null)));
    }

    @Test
    void phonesAreTakenAsTypedButNeverGuessed() {
        assertEquals("+919812345678", MemberFields.phone(" +91 98123-45678 "));
        assertEquals("+923001234567", MemberFields.phone("+92 (300) 1234567"));
        assertNull(MemberFields.phone("09812345678"), "a national number is not guessed");
        assertNull(MemberFields.phone("+91"));
        assertNull(MemberFields.phone(null));
    }

    @Test
    void staffChangesNameEachProblem() {
        assertEquals(List.of(), new StaffChanges(0L, "Rupa", "+919812345678", "crp", 1L, "bn", "inactive").problems());
        assertEquals(List.of("name", "phoneE164", "role", "orgUnitId", "language", "status"),
                fields(new StaffChanges(0L, "", "12345", "boss", null, "xx", "retired").problems()));
    }

    @Test
    void anEditMustNameTheVersionItWasMadeFrom() {
        EditVersions.require(3L, 3, "member");
        assertEquals(List.of("version"), fields(assertThrows(InvalidInputException.class,
                () -> EditVersions.require(null, 3, "member")).errors()));
        assertEquals(EditVersions.STALE, assertThrows(ConflictException.class, () -> EditVersions.require(2L, 3, "member")).code());
    }
}
