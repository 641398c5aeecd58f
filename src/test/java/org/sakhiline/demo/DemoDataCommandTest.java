package org.sakhiline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sakhiline.demo.DemoDataGenerator.Settings;

class DemoDataCommandTest {

    static final Settings DEFAULTS = new Settings(1, 300, LocalDate.of(2025, 6, 2));

    @Test
    void optionsOverrideTheConfiguredSettings() {
        assertEquals(new Settings(9, 100_000, LocalDate.of(2024, 1, 15)),
                DemoDataCommand.parse(DEFAULTS, "--members", "100000", "--seed", "9", "--anchor-date", "2024-01-15"));
        assertEquals(DEFAULTS, DemoDataCommand.parse(DEFAULTS));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DemoDataCommand.parse(DEFAULTS, "--members"));
        assertThrows(IllegalArgumentException.class, () -> DemoDataCommand.parse(DEFAULTS, "--members", "lots"));
        assertThrows(IllegalArgumentException.class, () -> DemoDataCommand.parse(DEFAULTS, "--members", "50"));
        assertThrows(IllegalArgumentException.class, () -> DemoDataCommand.parse(DEFAULTS, "--size", "500"));
        assertThrows(IllegalArgumentException.class, () -> DemoDataCommand.parse(DEFAULTS, "--anchor-date", "2025-13-01"));
    }
}
