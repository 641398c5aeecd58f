package org.sakhiline.books.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportValuesTest {

    @Test
    void amountsAsPeopleTypeThem() {
        assertEquals(1_25_000_00L, ImportValues.rupeesToPaise("1,25,000"));
        assertEquals(1_25_000_00L, ImportValues.rupeesToPaise("125,000"));
        assertEquals(1_25_000_00L, ImportValues.rupeesToPaise("125000.00"));
        assertEquals(50_050L, ImportValues.rupeesToPaise("Rs. 500.50"));
        assertEquals(1_000_000_000_000L, ImportValues.rupeesToPaise("10,00,00,00,000"));
        assertThrows(ImportValues.BadValue.class, () -> ImportValues.rupeesToPaise("10,00,00,00,000.01"));
        assertEquals(50_000L, ImportValues.rupeesToPaise("₹ 500"));
        assertEquals(1_250_00L, ImportValues.rupeesToPaise("१,२५०"));        // Devanagari
        assertEquals(1_250_00L, ImportValues.rupeesToPaise("১২৫০"));         // Bengali
        assertEquals(1_250_50L, ImportValues.rupeesToPaise("١٢٥٠٫٥"));       // Arabic-Indic with its decimal separator
        assertEquals(1_250_00L, ImportValues.rupeesToPaise("۱۲۵۰"));         // Extended Arabic-Indic (Urdu, Sindhi)
        assertEquals("must not be negative", assertThrows(ImportValues.BadValue.class, () -> ImportValues.rupeesToPaise("-5")).getMessage());
        assertEquals("has more than 2 decimals (paise)", assertThrows(ImportValues.BadValue.class,
                () -> ImportValues.rupeesToPaise("12.345")).getMessage());
        assertThrows(ImportValues.BadValue.class, () -> ImportValues.rupeesToPaise("twelve"));
    }

    @Test
    void datesIsoDayFirstAndExcelSerials() {
        LocalDate d = LocalDate.of(2026, 11, 3);
        assertEquals(d, ImportValues.date("2026-11-03"));
        assertEquals(d, ImportValues.date("03/11/2026"));
        assertEquals(d, ImportValues.date("3/11/2026"));
        assertEquals(d, ImportValues.date("03-11-2026"));
        assertEquals(d, ImportValues.date("03.11.2026"));
        assertEquals(d, ImportValues.date("०३/११/२०२६"));
        assertEquals(d, ImportValues.date("46329"));                          // Excel's serial for 3 Nov 2026
        assertEquals(LocalDate.of(2024, 11, 3), ImportValues.date("45599"));
        assertEquals("is not a date in the calendar", assertThrows(ImportValues.BadValue.class,
                () -> ImportValues.date("31/02/2024")).getMessage());
        assertThrows(ImportValues.BadValue.class, () -> ImportValues.date("someday"));
        assertThrows(ImportValues.BadValue.class, () -> ImportValues.date("12"));
    }

    @Test
    void wholeNumbersAndPercentages() {
        assertEquals(12, ImportValues.wholeNumber("12"));
        assertEquals(12, ImportValues.wholeNumber("१२"));
        assertEquals(12, ImportValues.wholeNumber("12.0"));
        assertThrows(ImportValues.BadValue.class, () -> ImportValues.wholeNumber("12.5"));
        assertEquals(1200, ImportValues.percentToBasisPoints("12"));
        assertEquals(1250, ImportValues.percentToBasisPoints("12.5%"));
        assertThrows(ImportValues.BadValue.class, () -> ImportValues.percentToBasisPoints("twelve"));
    }
}
