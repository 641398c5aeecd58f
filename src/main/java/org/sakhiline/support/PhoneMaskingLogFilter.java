package org.sakhiline.support;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The safety net under every log line: a full phone number that reached a message or an exception's text
 * (a database's "Duplicate entry '+9198…'", a provider's error) is masked before anything is written.
 * Code still masks what it logs ({@link PhoneMask}); this catches what it cannot see, such as messages
 * of exceptions thrown by drivers. Runs of 10–15 digits count as numbers, so long ids are masked too.
 */
@LoggingFilter(name = "mask-phone-numbers")
public final class PhoneMaskingLogFilter implements Filter {

    private static final Pattern NUMBER = Pattern.compile("\\+?(?<![0-9])[0-9]{10,15}(?![0-9])");
    private static final int MAX_CAUSES = 10;

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String masked = mask(formatted);
            if (masked != null && !masked.equals(formatted)) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        if (record.getThrown() != null) {
            record.setThrown(masked(record.getThrown(), 0));
        }
        return true;
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        return NUMBER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(PhoneMask.mask(m.group())));
    }

    /** The same trace with every message masked; the original when nothing needed masking. */
    static Throwable masked(Throwable t, int depth) {
        if (t == null || depth > MAX_CAUSES) {
            return t;
        }
        Throwable cause = masked(t.getCause(), depth + 1);
        String message = t.getMessage();
        String maskedMessage = mask(message);
        if (cause == t.getCause() && (message == null || message.equals(maskedMessage))) {
            return t;
        }
        return new MaskedThrowable(t, maskedMessage, cause);
    }

    /** Prints as the original (its class, masked message, stack and masked causes). */
    static final class MaskedThrowable extends RuntimeException {
        private final String original;

        MaskedThrowable(Throwable t, String message, Throwable cause) {
            super(message, cause, false, true);
            this.original = t.getClass().getName();
            setStackTrace(t.getStackTrace());
        }

        @Override
        public String toString() {
            return getMessage() == null ? original : original + ": " + getMessage();
        }
    }
}
