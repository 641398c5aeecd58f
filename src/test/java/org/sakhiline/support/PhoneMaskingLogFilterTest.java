package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PhoneMaskingLogFilterTest {

    private final PhoneMaskingLogFilter filter = new PhoneMaskingLogFilter();

    @Test
    void numbersInMessagesAndExceptionTextsAreMasked() {
        ExtLogRecord r = new ExtLogRecord(Level.WARNING, "call from %s failed", ExtLogRecord.FormatStyle.PRINTF, "test");
        r.setParameters(new Object[] {"+919812345678"});
        r.setThrown(new IllegalStateException("save failed", new SQLIntegrityConstraintViolationException(
                "Duplicate entry '+919812345678' for key 'uq_member_phone'")));
        assertTrue(filter.isLoggable(r));
        assertEquals("call from +91********78 failed", r.getFormattedMessage());
        StringWriter trace = new StringWriter();
        r.getThrown().printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("9812345678"), trace.toString());
        assertTrue(trace.toString().contains("java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '+91********78'"));
        assertTrue(trace.toString().contains("PhoneMaskingLogFilterTest"), "the stack is kept");
    }

    @Test
    void linesWithoutNumbersAreLeftAlone() {
        IllegalStateException e = new IllegalStateException("outbox 12 failed at 2026-12-06 11:06");
        ExtLogRecord r = new ExtLogRecord(Level.INFO, "hop %d took %d ms", ExtLogRecord.FormatStyle.PRINTF, "test");
        r.setParameters(new Object[] {12, 250});
        r.setThrown(e);
        filter.isLoggable(r);
        assertEquals("hop 12 took 250 ms", r.getFormattedMessage());
        assertSame(e, r.getThrown());
    }
}
