package org.sakhiline.admin.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.sheets.SheetEdit;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetRepayment;
import org.sakhiline.books.sheets.SheetRules;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * A refusal from the books in words staff act on. The codes that need no detail get a fixed sentence; the
 * others keep the books' own message, which names the member and amount.
 */
final class SheetRefusals {

    private SheetRefusals() {}

    static String words(DomainException e) {
        SheetMessages m = SheetWords.m();
        String plain = switch (e.code() == null ? "" : e.code()) {
            case "stale-version" -> m.sh_ref_stale();
            case "sheet-not-draft" -> m.sh_ref_not_draft();
            case "sheet-incomplete" -> m.sh_ref_incomplete();
            case "maker-is-checker" -> m.sh_ref_maker();
            case "meeting-in-future" -> m.sh_ref_future();
            case "meeting-cancelled" -> m.sh_ref_cancelled();
            default -> null;
        };
        if (plain != null) {
            return plain;
        }
        String message = e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()
                ? invalid.errors().get(0).message() : e.getMessage();
        if (message == null || message.isBlank()) {
            return m.sh_ref_generic();
        }
        String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /**
     * The books refuse a save as a whole ("savingsPaise: amounts are whole rupees"); staff need the member. Runs the
     * books' own line check over each edit and names the first line it refuses, in words; else the refusal as it was.
     */
    static DomainException namingTheLine(DomainException e, SheetView v, List<SheetEdit> edits, SheetRules rules) {
        return namingTheLine(e, v, edits, rules, false);
    }

    /** @param posted the lines are posted already (a correction): what she repaid on this sheet may be repaid again */
    static DomainException namingTheLine(DomainException e, SheetView v, List<SheetEdit> edits, SheetRules rules,
                                         boolean posted) {
        for (SheetEdit edit : edits) {
            SheetLine line = v.line(edit.memberId()).orElse(null);
            if (line == null) {
                continue;
            }
            Map<Long, Long> outstanding = new HashMap<>();
            Map<Long, Long> due = new HashMap<>();
            for (SheetRepayment r : line.repayments()) {
                outstanding.put(r.loanId(), r.outstandingPaise() + (posted ? r.amountPaise() : 0));
                due.put(r.loanId(), r.duePaise());
            }
            try {
                rules.check(edit.entry(), outstanding, due);
            } catch (DomainException refused) {
                String message = refused instanceof InvalidInputException invalid
                        ? invalid.errors().get(0).field() + ": " + invalid.errors().get(0).message() : refused.getMessage();
                message = SheetWords.m().sh_ref_line(line.name(), line.memberNumber(), plain(message, line));
                return refused instanceof InvalidInputException ? new InvalidInputException("sheet", message)
                        : new BusinessRuleException(refused.code(), message);
            }
        }
        return e;
    }

    /** The books' field names and loan ids in the words on the page. */
    private static String plain(String message, SheetLine line) {
        String m = message.replace("savingsPaise", "savings").replace("finePaise", "fine");
        for (SheetRepayment r : line.repayments()) {
            m = m.replace("repaymentsByLoan." + r.loanId(), "repayment of loan " + r.loanRef())
                    .replace("loan " + r.loanId(), "loan " + r.loanRef());
        }
        return m;
    }
}
