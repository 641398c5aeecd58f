package org.sakhiline.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sakhiline.menu.MenuBooks.SheetLineView;
import org.sakhiline.menu.MenuBooks.SheetLoanView;
import org.sakhiline.menu.MenuBooks.SheetScreenView;
import org.sakhiline.support.i18n.Languages;

/**
 * Meeting day on the phone: the bookkeeper records the meeting member by member (the leader's side is
 * {@link SheetCheckActions}). The
 * sheet lives in the books, never in the session: the session keeps only which meeting and which member is on
 * screen ({@link Hop#keep}); every answer is an {@link Effect} the channel writes. A read in the same hop as an
 * answer does not see that answer yet, so the screens move on by position and the totals lay this hop's
 * answers ({@link Hop#effectsSoFar()}) over what the books hold.
 */
final class MeetingActions {

    static final String BOOKKEEPER = "BOOKKEEPER";
    /** Widest entry a member screen is measured with: the books' default per-entry limit, Rs 50,000, has 5 digits. */
    static final int ENTRY_DIGITS = 5;
    static final int NAME_LENGTH = 16;
    /** Meetings offered to pick from (the books send at most 5). */
    static final int MAX_MEETINGS = 5;

    private static final String MEETINGS = "sheet.meetings";
    private static final String MEETING = "sheet.meeting";
    private static final String POS = "sheet.pos";
    private static final String COUNT = "sheet.count";
    private static final String LINE = "sheet.line";
    private static final String PRESENT = "PRESENT";
    private static final String ABSENT = "ABSENT";

    private MeetingActions() {}

    static List<ActionSpec> all() {
        Map<String, ValueSpec> line = Map.of("member", ValueSpec.text(NAME_LENGTH), "savings", ValueSpec.amount(ENTRY_DIGITS),
                "repay", ValueSpec.amount(ENTRY_DIGITS));
        Map<String, ValueSpec> limit = Map.of("limit", ValueSpec.amount(ENTRY_DIGITS + 1));
        Map<String, ValueSpec> sums = Map.of("present", ValueSpec.number(2), "absent", ValueSpec.number(2),
                "saved", ValueSpec.of(ValueType.AMOUNT), "repaid", ValueSpec.of(ValueType.AMOUNT),
                "fines", ValueSpec.of(ValueType.AMOUNT), "collected", ValueSpec.of(ValueType.AMOUNT),
                "cash", ValueSpec.of(ValueType.AMOUNT));
        return List.of(
                new ActionSpec("sheet_meetings", Set.of("ok", "none"),
                        Map.of("meetings", ValueSpec.list(Map.of("label", ValueSpec.text(16)))), Set.of(), false,
                        MeetingActions::meetings),
                // Commands: "0" from a later screen comes back to the member on screen (sheet_line), never re-runs them.
                new ActionSpec("sheet_open", Set.of("line", "done", "submitted", "gone"), Map.of(), Set.of(MenuActions.CHOICE),
                        true, MeetingActions::open),
                new ActionSpec("sheet_line", Set.of("line", "done", "gone"), line, Set.of(), false, MeetingActions::show),
                new ActionSpec("sheet_prev", Set.of("ok", "first"), Map.of(), Set.of(), true, MeetingActions::previous),
                new ActionSpec("sheet_as_shown", Set.of("ok", "gone"), Map.of(), Set.of(), true, hop -> answer(hop, false)),
                new ActionSpec("sheet_absent", Set.of("ok", "gone"), Map.of(), Set.of(), true, hop -> answer(hop, true)),
                new ActionSpec("sheet_savings", Set.of("ok", "no_loan", "too_much"), limit, Set.of("sheet_savings"), false,
                        MeetingActions::savings),
                new ActionSpec("sheet_repaid", Set.of("ok", "too_much", "over_left"),
                        Map.of("limit", limit.get("limit"), "left", ValueSpec.of(ValueType.AMOUNT)), Set.of("sheet_repaid"),
                        false, MeetingActions::repaid),
                new ActionSpec("sheet_fine", Set.of("ok", "gone", "too_much"), limit, Set.of("sheet_fine"), true,
                        MeetingActions::fine),
                new ActionSpec("sheet_totals", Set.of("ok", "counted", "gone"), sums, Set.of(), false, MeetingActions::totals),
                new ActionSpec("sheet_set_cash", Set.of("ok"), Map.of(), Set.of("sheet_cash"), true, MeetingActions::cash),
                new ActionSpec("sheet_submit", Set.of("ok", "incomplete", "no_cash", "gone"), Map.of(), Set.of(), true,
                        MeetingActions::submit),
                new ActionSpec("sheet_waiting", Set.of("ok", "none"), Map.of("sheet_date", ValueSpec.of(ValueType.DATE),
                        "present", sums.get("present"), "saved", sums.get("saved"), "repaid", sums.get("repaid"),
                        "fines", sums.get("fines")), Set.of(), false, SheetCheckActions::waiting),
                new ActionSpec("sheet_confirm", Set.of("ok", "maker", "gone"), Map.of(), Set.of(), true,
                        hop -> SheetCheckActions.check(hop, null)),
                new ActionSpec("sheet_reject", Set.of("ok", "maker", "gone"), Map.of(), Set.of("reason"), true,
                        hop -> SheetCheckActions.check(hop, hop.input("reason"))));
    }

    // ---- the bookkeeper ----

    private static boolean bookkeeper(Hop hop) {
        return BOOKKEEPER.equals(hop.role()) && hop.isPinVerified();
    }

    private static ActionSpec.Result meetings(Hop hop) {
        if (!bookkeeper(hop)) {
            return ActionSpec.Result.of("none");
        }
        List<MenuBooks.RecordableMeetingView> found = hop.books().recordableMeetings(hop.memberId(), hop.now());
        List<Map<String, Object>> labels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String lang = hop.flow.effectiveLanguage(hop.language());
        found.stream().limit(MAX_MEETINGS).forEach(m -> {
            labels.add(Map.of("label", ValueType.DATE.format(m.date().toString(), lang)));
            ids.add(Long.toString(m.meetingId()));
        });
        hop.keep(MEETINGS, ids.isEmpty() ? null : String.join(",", ids));
        return labels.isEmpty() ? ActionSpec.Result.of("none") : new ActionSpec.Result("ok", Map.of("meetings", labels));
    }

    /** The meeting she picked: on to the first member not entered yet (where a dropped session left off). */
    private static ActionSpec.Result open(Hop hop) {
        String choice = hop.input(MenuActions.CHOICE);
        hop.forget(MenuActions.CHOICE);
        String ids = hop.kept(MEETINGS);
        int index = choice == null ? -1 : Integer.parseInt(choice) - 1;
        String[] meetingIds = ids == null ? new String[0] : ids.split(",");
        if (!bookkeeper(hop) || index < 0 || index >= meetingIds.length) {
            return ActionSpec.Result.of("gone");
        }
        long meetingId = Long.parseLong(meetingIds[index]);
        Optional<SheetScreenView> sheet = hop.books().meetingSheet(hop.memberId(), meetingId, hop.now());
        if (sheet.isEmpty() || "CONFIRMED".equals(sheet.get().status())) {
            return ActionSpec.Result.of("gone");
        }
        if (!"DRAFT".equals(sheet.get().status())) {
            return ActionSpec.Result.of("submitted");
        }
        List<SheetLineView> lines = sheet.get().lines();
        int first = 0;
        while (first < lines.size() && lines.get(first).attendance() != null) {
            first++;
        }
        hop.keep(MEETING, meetingId);
        hop.keep(COUNT, lines.size());
        hop.keep(POS, first);
        return ActionSpec.Result.of(first < lines.size() ? "line" : "done");
    }

    /** The member at the kept position, as the books hold her line; its figures are kept for her answer. */
    private static ActionSpec.Result show(Hop hop) {
        int pos = (int) hop.keptLong(POS, 0);
        if (hop.kept(MEETING) != null && pos >= hop.keptLong(COUNT, 0)) {
            return ActionSpec.Result.of("done");
        }
        Optional<SheetScreenView> sheet = draft(hop);
        if (sheet.isEmpty()) {
            return ActionSpec.Result.of("gone");
        }
        List<SheetLineView> lines = sheet.get().lines();
        hop.keep(COUNT, lines.size());
        if (pos >= lines.size()) {
            return ActionSpec.Result.of("done");
        }
        SheetLineView l = lines.get(pos);
        hop.keep(LINE, KeptLine.of(l).encode());
        String tag = hop.language();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("member", CallerMember.nameFor(l.name(), l.nameNative(), Languages.base(tag), Languages.roman(tag)));
        values.put("savings", l.savingsPaise());
        values.put("repay", l.repaidPaise());
        return new ActionSpec.Result("line", values);
    }

    private static ActionSpec.Result previous(Hop hop) {
        long pos = Math.min(hop.keptLong(POS, 0), hop.keptLong(COUNT, 0)) - 1;
        if (pos < 0) {
            return ActionSpec.Result.of("first");
        }
        hop.keep(POS, pos);
        return ActionSpec.Result.of("ok");
    }

    /** 1 = as shown (exactly the figures on her screen), 2 = absent (zeros); then the next member. */
    private static ActionSpec.Result answer(Hop hop, boolean absent) {
        KeptLine l = KeptLine.decode(hop.kept(LINE));
        if (l == null || !bookkeeper(hop)) {
            return ActionSpec.Result.of("gone");
        }
        Map<Long, Long> repayments = new LinkedHashMap<>();
        l.loans().forEach(loan -> repayments.put(loan.loanId(), absent ? 0L : loan.amountPaise()));
        hop.emit(new Effect.RecordSheetLine(hop.memberId(), hop.keptLong(MEETING, 0), l.memberId(), absent ? ABSENT : PRESENT,
                absent ? 0 : l.savingsPaise(), absent ? 0 : l.finePaise(), repayments, hop.now()));
        return next(hop);
    }

    private static ActionSpec.Result next(Hop hop) {
        hop.keep(LINE, null);
        hop.keep(POS, hop.keptLong(POS, 0) + 1);
        return ActionSpec.Result.of("ok");
    }

    private static ActionSpec.Result savings(Hop hop) {
        if (amount(hop, "sheet_savings") > hop.books().sheetEntryLimitPaise()) {
            hop.forget("sheet_savings");
            return tooMuch(hop);
        }
        KeptLine l = KeptLine.decode(hop.kept(LINE));
        return ActionSpec.Result.of(l != null && !l.loans().isEmpty() ? "ok" : "no_loan");
    }

    private static ActionSpec.Result repaid(Hop hop) {
        long paise = amount(hop, "sheet_repaid");
        if (paise > hop.books().sheetEntryLimitPaise()) {
            hop.forget("sheet_repaid");
            return tooMuch(hop);
        }
        KeptLine l = KeptLine.decode(hop.kept(LINE));
        long left = l == null ? 0 : l.loans().stream().mapToLong(SheetLoanView::outstandingPaise).sum();
        if (paise > left) {
            hop.forget("sheet_repaid");
            return new ActionSpec.Result("over_left", Map.of("left", left, "limit", hop.books().sheetEntryLimitPaise()));
        }
        return ActionSpec.Result.of("ok");
    }

    /** The last of "other amount": her line with the three amounts she typed, then the next member. */
    private static ActionSpec.Result fine(Hop hop) {
        long fine = amount(hop, "sheet_fine");
        if (fine > hop.books().sheetEntryLimitPaise()) {
            hop.forget("sheet_fine");
            return tooMuch(hop);
        }
        long savings = amount(hop, "sheet_savings");
        long repaid = amount(hop, "sheet_repaid");
        hop.forget("sheet_savings");
        hop.forget("sheet_repaid");
        hop.forget("sheet_fine");
        KeptLine l = KeptLine.decode(hop.kept(LINE));
        if (l == null || !bookkeeper(hop)) {
            return ActionSpec.Result.of("gone");
        }
        // One amount repaid, spread over her loans in order: each takes what is left on it.
        Map<Long, Long> repayments = new LinkedHashMap<>();
        long rest = repaid;
        for (int i = 0; i < l.loans().size(); i++) {
            SheetLoanView loan = l.loans().get(i);
            long part = i == l.loans().size() - 1 ? rest : Math.min(rest, loan.outstandingPaise());
            repayments.put(loan.loanId(), part);
            rest -= part;
        }
        hop.emit(new Effect.RecordSheetLine(hop.memberId(), hop.keptLong(MEETING, 0), l.memberId(), PRESENT, savings, fine,
                repayments, hop.now()));
        return next(hop);
    }

    private static ActionSpec.Result tooMuch(Hop hop) {
        return new ActionSpec.Result("too_much", Map.of("limit", hop.books().sheetEntryLimitPaise()));
    }

    private static ActionSpec.Result totals(Hop hop) {
        Optional<SheetScreenView> sheet = draft(hop);
        if (sheet.isEmpty()) {
            return ActionSpec.Result.of("gone");
        }
        Totals t = Totals.of(sheet.get(), hop.effectsSoFar());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("present", (long) t.present);
        values.put("absent", (long) t.absent);
        values.put("saved", t.saved);
        values.put("repaid", t.repaid);
        values.put("fines", t.fines);
        values.put("collected", t.saved + t.repaid + t.fines);
        if (t.cash != null) {
            values.put("cash", t.cash);
        }
        return new ActionSpec.Result(t.cash == null ? "ok" : "counted", values);
    }

    private static ActionSpec.Result cash(Hop hop) {
        long paise = amount(hop, "sheet_cash");
        hop.forget("sheet_cash");
        if (bookkeeper(hop) && hop.kept(MEETING) != null) {
            hop.emit(new Effect.SetSheetCash(hop.memberId(), hop.keptLong(MEETING, 0), paise, hop.now()));
        }
        return ActionSpec.Result.of("ok");
    }

    private static ActionSpec.Result submit(Hop hop) {
        Optional<SheetScreenView> sheet = draft(hop);
        if (sheet.isEmpty()) {
            return ActionSpec.Result.of("gone");
        }
        Totals t = Totals.of(sheet.get(), hop.effectsSoFar());
        if (t.firstNotEntered >= 0) {
            hop.keep(POS, t.firstNotEntered);
            return ActionSpec.Result.of("incomplete");
        }
        if (t.cash == null) { // the books take a sheet only with the cash counted: the difference is for the checker
            return ActionSpec.Result.of("no_cash");
        }
        hop.emit(new Effect.SubmitSheet(hop.memberId(), sheet.get().meetingId(), hop.now()));
        for (String k : List.of(MEETING, POS, COUNT, LINE, MEETINGS)) {
            hop.keep(k, null);
        }
        return ActionSpec.Result.of("ok");
    }

    /** The kept meeting's sheet while it is still a draft she may enter. */
    private static Optional<SheetScreenView> draft(Hop hop) {
        String meeting = hop.kept(MEETING);
        if (meeting == null || !bookkeeper(hop)) {
            return Optional.empty();
        }
        return hop.books().meetingSheet(hop.memberId(), Long.parseLong(meeting), hop.now())
                .filter(s -> "DRAFT".equals(s.status()));
    }

    private static long amount(Hop hop, String name) {
        String v = hop.input(name);
        return v == null ? 0 : Long.parseLong(v);
    }

    /**
     * The line on screen as kept in the session, so her answer records exactly what she saw without a second
     * read: "memberId|savings|fine|loanId:outstanding:amount,...".
     */
    record KeptLine(long memberId, long savingsPaise, long finePaise, List<SheetLoanView> loans) {

        static KeptLine of(SheetLineView l) {
            return new KeptLine(l.memberId(), l.savingsPaise(), l.finePaise(), l.loans());
        }

        String encode() {
            StringBuilder loanText = new StringBuilder();
            for (SheetLoanView loan : loans) {
                loanText.append(loanText.length() == 0 ? "" : ",").append(loan.loanId()).append(':')
                        .append(loan.outstandingPaise()).append(':').append(loan.amountPaise());
            }
            return memberId + "|" + savingsPaise + "|" + finePaise + "|" + loanText;
        }

        static KeptLine decode(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split("\\|", -1);
            List<SheetLoanView> loans = new ArrayList<>();
            for (String loan : parts[3].isEmpty() ? new String[0] : parts[3].split(",")) {
                String[] f = loan.split(":");
                loans.add(new SheetLoanView(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
            return new KeptLine(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), loans);
        }
    }

    /** A sheet's totals with this hop's answers laid over what the books hold. */
    private record Totals(int present, int absent, int notEntered, int firstNotEntered, long saved, long repaid, long fines,
                          Long cash) {

        static Totals of(SheetScreenView sheet, List<Effect> thisHop) {
            Map<Long, Effect.RecordSheetLine> entered = new LinkedHashMap<>();
            Long cash = sheet.cashCountedPaise();
            for (Effect e : thisHop) {
                if (e instanceof Effect.RecordSheetLine r && r.meetingId() == sheet.meetingId()) {
                    entered.put(r.lineMemberId(), r);
                } else if (e instanceof Effect.SetSheetCash c && c.meetingId() == sheet.meetingId()) {
                    cash = c.cashPaise();
                }
            }
            int present = 0;
            int absent = 0;
            int notEntered = 0;
            int first = -1;
            long saved = 0;
            long repaid = 0;
            long fines = 0;
            for (int i = 0; i < sheet.lines().size(); i++) {
                SheetLineView l = sheet.lines().get(i);
                Effect.RecordSheetLine now = entered.get(l.memberId());
                String attendance = now != null ? now.attendance() : l.attendance();
                if (attendance == null) {
                    notEntered++;
                    first = first < 0 ? i : first;
                    continue;
                }
                if (PRESENT.equals(attendance)) {
                    present++;
                } else {
                    absent++;
                }
                saved += now != null ? now.savingsPaise() : l.savingsPaise();
                repaid += now != null ? now.repaidPaise() : l.repaidPaise();
                fines += now != null ? now.finePaise() : l.finePaise();
            }
            return new Totals(present, absent, notEntered, first, saved, repaid, fines, cash);
        }
    }
}
