package org.sakhiline.menu;

import java.util.List;
import java.util.Map;

/**
 * The leader's side of meeting day: the oldest sheet of her group waiting for a checker, and her confirmation or
 * her reason for sending it back, as effects. The session keeps only which sheet is on screen; whoever made the
 * sheet is told so and writes nothing (the books refuse it too).
 */
final class SheetCheckActions {

    static final String LEADER = "LEADER";
    /** The leader's reasons for sending a sheet back, by the code an option sets, as the history notes them. */
    static final Map<String, String> REJECT_REASONS = Map.of("amounts", "wrong amounts", "attendance", "wrong attendance",
            "member", "a member missing or wrong", "other", "other (leader will explain)");
    private static final String SHEET = "sheet.id";

    private SheetCheckActions() {}

    static ActionSpec.Result waiting(Hop hop) {
        if (!LEADER.equals(hop.role()) || !hop.isPinVerified()) {
            return ActionSpec.Result.of("none");
        }
        List<MenuBooks.WaitingSheetView> waiting = hop.books().sheetsWaitingForConfirmation(hop.memberId());
        if (waiting.isEmpty()) {
            hop.keep(SHEET, null);
            return ActionSpec.Result.of("none");
        }
        MenuBooks.WaitingSheetView w = waiting.get(0);
        hop.keep(SHEET, w.sheetId());
        return new ActionSpec.Result("ok", Map.of("sheet_date", w.meetingDate().toString(), "present", (long) w.present(),
                "saved", w.savedPaise(), "repaid", w.repaidPaise(), "fines", w.finesPaise()));
    }

    /** Confirm ({@code reason} null) or send back: never by one who made the sheet (the books refuse it too). */
    static ActionSpec.Result check(Hop hop, String reason) {
        hop.forget("reason");
        String sheet = hop.kept(SHEET);
        if (sheet == null || !LEADER.equals(hop.role()) || !hop.isPinVerified()) {
            return ActionSpec.Result.of("gone");
        }
        long sheetId = Long.parseLong(sheet);
        if (hop.books().madeSheet(sheetId, hop.memberId())) {
            return ActionSpec.Result.of("maker");
        }
        hop.keep(SHEET, null);
        hop.emit(reason == null ? new Effect.ConfirmSheet(hop.memberId(), sheetId, hop.now())
                : new Effect.RejectSheet(hop.memberId(), sheetId, REJECT_REASONS.getOrDefault(reason, REJECT_REASONS.get("other"))));
        return ActionSpec.Result.of("ok");
    }
}
