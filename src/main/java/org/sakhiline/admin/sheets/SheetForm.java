package org.sakhiline.admin.sheets;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.SheetEdit;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetRepayment;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * The sheet table as posted: one attendance select and rupee fields per member, named by member and loan id
 * ({@code a12}, {@code s12}, {@code f12}, {@code r12_7}), plus the cash counted. Keeps every raw value, so a
 * refused save shows her exactly what she typed; turns rupees into paise only here.
 */
final class SheetForm {

    static final String VERSION = "version";
    static final String CASH = "cash";
    private static final Pattern RUPEES = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,2})?");
    private static final int MAX_RAW = 40;

    private final Map<String, String> raw;

    private SheetForm(Map<String, String> raw) {
        this.raw = raw;
    }

    static String attendanceField(long memberId) {
        return "a" + memberId;
    }

    static String savingsField(long memberId) {
        return "s" + memberId;
    }

    static String fineField(long memberId) {
        return "f" + memberId;
    }

    static String repaymentField(long memberId, long loanId) {
        return "r" + memberId + "_" + loanId;
    }

    /** Only the fields of the sheet's own lines are read: anything else in the post is ignored, never echoed. */
    static SheetForm of(MultivaluedMap<String, String> form, SheetView sheet) {
        Map<String, String> raw = new HashMap<>();
        List<String> names = new ArrayList<>(List.of(VERSION, CASH));
        for (SheetLine line : sheet.lines()) {
            names.add(attendanceField(line.memberId()));
            names.add(savingsField(line.memberId()));
            names.add(fineField(line.memberId()));
            for (SheetRepayment r : line.repayments()) {
                names.add(repaymentField(line.memberId(), r.loanId()));
            }
        }
        for (String name : names) {
            String v = form.getFirst(name);
            if (v != null) {
                raw.put(name, v.length() > MAX_RAW ? v.substring(0, MAX_RAW) : v);
            }
        }
        return new SheetForm(raw);
    }

    /** What to show in a field: her typed value when the post had one, else the sheet's. */
    String shown(String field, String fromSheet) {
        return raw.getOrDefault(field, fromSheet);
    }

    boolean has(String field) {
        return raw.containsKey(field);
    }

    Long version() {
        String v = raw.getOrDefault(VERSION, "").strip();
        return v.matches("[0-9]{1,18}") ? Long.valueOf(v) : null;
    }

    /** Empty: not counted yet. */
    Long cashCountedPaise() {
        String v = raw.getOrDefault(CASH, "").strip();
        return v.isEmpty() ? null : paise(CASH, v, "Cash counted");
    }

    /**
     * The lines she changed (a line whose posted values equal the saved ones is left alone, so the history
     * names only what she really entered). A line with no attendance chosen is not entered and not sent.
     */
    List<SheetEdit> edits(SheetView sheet) {
        List<SheetEdit> edits = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SheetLine line : sheet.lines()) {
            try {
                LineEntry entry = entry(line);
                if (entry != null && !same(entry, line)) {
                    edits.add(new SheetEdit(line.memberId(), entry));
                }
            } catch (InvalidInputException e) {
                problems.add(e.errors().get(0).message());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("sheet", String.join(" ", problems));
        }
        return edits;
    }

    /** The line as posted, or null when no attendance was chosen. */
    LineEntry entry(SheetLine line) {
        long id = line.memberId();
        String chosen = raw.getOrDefault(attendanceField(id), "").strip();
        if (chosen.isEmpty()) {
            return null;
        }
        Attendance attendance;
        try {
            attendance = Attendance.valueOf(chosen);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(attendanceField(id), who(line) + ": choose present, absent or on leave.");
        }
        long savings = amount(savingsField(id), line, "savings");
        long fine = amount(fineField(id), line, "fine");
        Map<Long, Long> repayments = new LinkedHashMap<>();
        for (SheetRepayment r : line.repayments()) {
            repayments.put(r.loanId(), amount(repaymentField(id, r.loanId()), line, "repayment of loan " + r.loanRef()));
        }
        return new LineEntry(attendance, savings, fine, repayments);
    }

    private long amount(String field, SheetLine line, String what) {
        String v = raw.getOrDefault(field, "").strip();
        return v.isEmpty() ? 0 : paise(field, v, who(line) + ", " + what);
    }

    /** "1,500", "Rs 1500", "1500.00" → 150000 paise; anything else is refused naming the field. */
    static long paise(String field, String typed, String what) {
        String v = typed.replaceFirst("^(?i)(rs\\.?|₹)\\s*", "").replace(",", "").replace(" ", "");
        if (!RUPEES.matcher(v).matches()) {
            throw new InvalidInputException(field, what + ": write the amount in rupees with digits only, e.g. 100 (you wrote \""
                    + typed + "\").");
        }
        int dot = v.indexOf('.');
        long rupees = Long.parseLong(dot < 0 ? v : v.substring(0, dot));
        long paise = dot < 0 ? 0 : Long.parseLong((v.substring(dot + 1) + "0").substring(0, 2));
        return rupees * 100 + paise;
    }

    /** Whether the entry holds exactly what the line already records (attendance and every amount). */
    static boolean same(LineEntry entry, SheetLine line) {
        if (entry.attendance() != line.attendance() || entry.savingsPaise() != line.savingsPaise()
                || entry.finePaise() != line.finePaise()) {
            return false;
        }
        for (SheetRepayment r : line.repayments()) {
            if (entry.repaymentsByLoan().getOrDefault(r.loanId(), 0L) != r.amountPaise()) {
                return false;
            }
        }
        return true;
    }

    private static String who(SheetLine line) {
        return line.name() + " (no. " + line.memberNumber() + ")";
    }
}
