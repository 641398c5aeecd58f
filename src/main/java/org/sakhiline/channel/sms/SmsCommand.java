package org.sakhiline.channel.sms;

import java.util.List;

/**
 * An inbound SMS as a keyword and its arguments. {@code args} are the remaining words, upper-cased,
 * with punctuation trimmed from their ends but kept inside (SHG codes such as {@code IN-SHG-00001}).
 *
 * @param word the keyword as she wrote it (upper-cased), echoed in replies such as "BAL 1 = Sita"
 */
public record SmsCommand(Keyword keyword, String word, List<String> args) {

    public enum Keyword {
        // member commands
        BALANCE, LOAN, MEETING, STATEMENT, LANGUAGE, HELP,
        // opt-out / opt-in (owned by the reminders work)
        STOP, START,
        // bank mitra commands
        DEPOSIT, REPAYMENT, YES, NO, UNDO,
        // a member's answer to a meeting-sheet receipt
        WRONG,
        EMPTY, UNKNOWN
    }

    /** The first argument that is a small number (a member's position on a shared phone), if any. */
    public Integer selector() {
        for (String a : args) {
            if (a.matches("[0-9]{1,2}")) {
                return Integer.valueOf(a);
            }
        }
        return null;
    }
}
