package org.sakhiline.admin.sheets;

import java.util.Map;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * A refusal from the books in words staff act on. The codes that need no detail get a fixed sentence; the
 * others keep the books' own message, which names the member and amount.
 */
final class SheetRefusals {

    private static final Map<String, String> PLAIN = Map.of(
            "stale-version", "Someone else saved this sheet after you opened it, so your entries were not saved. They are "
                    + "shown below as you typed them; lines marked \"Saved meanwhile\" show what the other person saved. "
                    + "Check them and press Save again.",
            "sheet-not-draft", "This sheet is no longer being entered (it was submitted or confirmed meanwhile), so your "
                    + "entries were not saved. They are listed below so you can compare them with the sheet.",
            "sheet-incomplete", "Some members are not entered yet: choose present, absent or on leave for every member "
                    + "before submitting. Your entries were saved.",
            "maker-is-checker", "You entered or submitted this sheet, so another person must confirm it or send it back.",
            "not-whole-rupees", "Amounts are whole rupees, without paise.",
            "meeting-in-future", "This meeting has not happened yet: a sheet is entered on the day of the meeting or after it.",
            "meeting-cancelled", "This meeting was cancelled, so it has no sheet.");

    private SheetRefusals() {}

    static String words(DomainException e) {
        String plain = PLAIN.get(e.code());
        if (plain != null) {
            return plain;
        }
        String message = e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()
                ? invalid.errors().get(0).message() : e.getMessage();
        if (message == null || message.isBlank()) {
            return "The books refused this.";
        }
        String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /** The status a re-rendered page answers with: the API's family for the same refusal. */
    static int status(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if ("maker-is-checker".equals(e.code())) {
            return 403;
        }
        return e instanceof BusinessRuleException ? 422 : 400;
    }
}
