package org.sakhiline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sakhiline.menu.Effect;
import org.sakhiline.menu.MenuBooks.RecordableMeetingView;
import org.sakhiline.menu.MenuBooks.SheetLineView;
import org.sakhiline.menu.MenuBooks.SheetLoanView;
import org.sakhiline.menu.MenuBooks.SheetScreenView;
import org.sakhiline.menu.MenuBooks.WaitingSheetView;

/**
 * Meeting day in the fixture ({@code meetings:} in the shared members file): a group's meetings, each with its
 * default savings and, when someone has opened it, its sheet. Members belong to a group by {@code group}; a line
 * is prefilled as the books do it (the group's savings, her loan's due capped at what is left on it, no fine).
 * Effects change the sheets as {@code MeetingSheets} would, refusing what it refuses (so a case that asks for
 * something the books would refuse fails). The sheet id is the meeting id.
 */
final class FixtureSheets {

    static final Set<String> MEETING_FIELDS = Set.of("id", "group", "date", "savings", "status", "sheet");
    static final Set<String> SHEET_FIELDS = Set.of("status", "madeBy", "cash", "lines");
    static final Set<String> LINE_FIELDS = Set.of("member", "attendance", "savings", "fine", "repaid");
    /** The books' default per-entry limit, Rs 50,000. */
    static final long ENTRY_LIMIT_PAISE = 5_000_000;
    private static final int RECENT_DAYS = 14;

    /** A sheet as the fixture holds it: status, makers, cash and the lines entered (by member id). */
    private static final class Sheet {
        String status = "DRAFT";
        final Set<Long> makers = new HashSet<>();
        Long cash;
        final Map<Long, SheetLineView> entered = new LinkedHashMap<>();
    }

    private record Meeting(long id, String group, LocalDate date, long savings, String status) {}

    private final Map<Long, JsonNode> members;
    private final Map<Long, Meeting> meetings = new LinkedHashMap<>();
    private final Map<Long, Sheet> sheets = new LinkedHashMap<>();

    FixtureSheets(Map<Long, JsonNode> members, JsonNode meetingList) {
        this.members = members;
        for (JsonNode m : meetingList) {
            String unknown = FixtureBooks.unknownField(m, MEETING_FIELDS);
            if (unknown != null || !m.hasNonNull("id") || !m.hasNonNull("group") || !m.hasNonNull("date")) {
                throw new IllegalArgumentException("meeting " + m.path("id").asText("without id") + ": "
                        + (unknown != null ? "unknown field '" + unknown + "'" : "id, group and date are required"));
            }
            Meeting meeting = new Meeting(m.get("id").asLong(), m.get("group").asText(), LocalDate.parse(m.get("date").asText()),
                    m.path("savings").asLong(10000), m.path("status").asText("SCHEDULED"));
            if (meetings.put(meeting.id(), meeting) != null) {
                throw new IllegalArgumentException("meeting " + meeting.id() + " appears twice");
            }
            if (m.path("sheet").isObject()) {
                sheets.put(meeting.id(), sheet(meeting, m.get("sheet")));
            }
        }
    }

    private Sheet sheet(Meeting meeting, JsonNode s) {
        String unknown = FixtureBooks.unknownField(s, SHEET_FIELDS);
        for (JsonNode l : s.path("lines")) {
            unknown = unknown == null ? FixtureBooks.unknownField(l, LINE_FIELDS) : unknown;
        }
        if (unknown != null) {
            throw new IllegalArgumentException("meeting " + meeting.id() + " sheet: unknown field '" + unknown + "'");
        }
        Sheet sheet = new Sheet();
        sheet.status = s.path("status").asText("DRAFT");
        s.path("madeBy").forEach(id -> sheet.makers.add(id.asLong()));
        sheet.cash = s.hasNonNull("cash") ? s.get("cash").asLong() : null;
        for (JsonNode l : s.path("lines")) {
            long id = l.get("member").asLong();
            SheetLineView prefill = prefill(meeting, id);
            List<SheetLoanView> loans = prefill.loans().stream()
                    .map(loan -> new SheetLoanView(loan.loanId(), loan.outstandingPaise(), l.path("repaid").asLong())).toList();
            sheet.entered.put(id, new SheetLineView(id, prefill.memberNumber(), prefill.name(), prefill.nameNative(),
                    l.path("attendance").asText("PRESENT"), l.path("savings").asLong(), l.path("fine").asLong(), loans));
        }
        return sheet;
    }

    private String groupOf(long memberId) {
        return members.get(memberId).path("group").asText(null);
    }

    private ZoneId zoneOf(long memberId) {
        return ZoneId.of(members.get(memberId).path("meeting").path("zone").asText("Asia/Kolkata"));
    }

    List<RecordableMeetingView> recordable(long memberId, Instant now) {
        LocalDate today = now.atZone(zoneOf(memberId)).toLocalDate();
        return meetings.values().stream()
                .filter(m -> m.group().equals(groupOf(memberId)) && !"CANCELLED".equals(m.status()))
                .filter(m -> !m.date().isAfter(today) && !m.date().isBefore(today.minusDays(RECENT_DAYS)))
                .filter(m -> !sheets.containsKey(m.id()) || !"CONFIRMED".equals(sheets.get(m.id()).status))
                .sorted(Comparator.comparing(Meeting::date).reversed())
                .limit(5)
                .map(m -> new RecordableMeetingView(m.id(), m.date(), sheets.containsKey(m.id()) ? sheets.get(m.id()).status : null))
                .toList();
    }

    Optional<SheetScreenView> sheet(long memberId, long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting == null || !meeting.group().equals(groupOf(memberId))) {
            return Optional.empty();
        }
        Sheet sheet = sheets.get(meetingId);
        List<SheetLineView> lines = new ArrayList<>();
        members.forEach((id, m) -> {
            if (meeting.group().equals(m.path("group").asText(null))) {
                lines.add(sheet != null && sheet.entered.containsKey(id) ? sheet.entered.get(id) : prefill(meeting, id));
            }
        });
        lines.sort(Comparator.comparingLong(SheetLineView::memberId));
        return Optional.of(new SheetScreenView(sheet == null ? 0 : meetingId, meetingId, meeting.date(),
                sheet == null ? "DRAFT" : sheet.status, lines, sheet == null ? null : sheet.cash));
    }

    /** Her line as opening the sheet would prefill it. */
    private SheetLineView prefill(Meeting meeting, long memberId) {
        JsonNode m = members.get(memberId);
        JsonNode loan = m.path("loan");
        List<SheetLoanView> loans = new ArrayList<>();
        if (loan.isObject() && loan.hasNonNull("id")) {
            long left = loan.path("left").asLong();
            loans.add(new SheetLoanView(loan.get("id").asLong(), left, Math.min(left, loan.path("due").asLong())));
        }
        return new SheetLineView(memberId, Long.toString(memberId), m.path("name").asText(), m.path("nameNative").asText(null),
                null, meeting.savings(), 0, loans);
    }

    List<WaitingSheetView> waiting(long memberId) {
        List<WaitingSheetView> found = new ArrayList<>();
        meetings.values().stream().sorted(Comparator.comparing(Meeting::date)).forEach(meeting -> {
            Sheet sheet = sheets.get(meeting.id());
            if (sheet != null && "SUBMITTED".equals(sheet.status) && meeting.group().equals(groupOf(memberId))) {
                List<SheetLineView> lines = sheet(memberId, meeting.id()).orElseThrow().lines();
                int present = (int) lines.stream().filter(l -> "PRESENT".equals(l.attendance())).count();
                found.add(new WaitingSheetView(meeting.id(), meeting.date(), present,
                        lines.stream().mapToLong(SheetLineView::savingsPaise).sum(),
                        lines.stream().mapToLong(SheetLineView::repaidPaise).sum(),
                        lines.stream().mapToLong(SheetLineView::finePaise).sum()));
            }
        });
        return found;
    }

    boolean madeBy(long sheetId, long memberId) {
        Sheet sheet = sheets.get(sheetId);
        return sheet != null && sheet.makers.contains(memberId);
    }

    /** Applies one meeting-day effect as the books would, refusing what they refuse. */
    void apply(Effect effect) {
        if (effect instanceof Effect.RecordSheetLine r) {
            Sheet sheet = draft(r.meetingId(), r.memberId());
            SheetLineView before = sheet(r.memberId(), r.meetingId()).orElseThrow().lines().stream()
                    .filter(l -> l.memberId() == r.lineMemberId()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("member " + r.lineMemberId() + " is not on the sheet"));
            List<SheetLoanView> loans = new ArrayList<>();
            for (SheetLoanView loan : before.loans()) {
                long paid = r.repaymentsByLoan().getOrDefault(loan.loanId(), 0L);
                if (paid > loan.outstandingPaise()) {
                    throw new IllegalStateException("repayment-over-outstanding: " + effect.describe());
                }
                loans.add(new SheetLoanView(loan.loanId(), loan.outstandingPaise(), paid));
            }
            sheet.entered.put(r.lineMemberId(), new SheetLineView(before.memberId(), before.memberNumber(), before.name(),
                    before.nameNative(), r.attendance(), r.savingsPaise(), r.finePaise(), loans));
        } else if (effect instanceof Effect.SetSheetCash c) {
            draft(c.meetingId(), c.memberId()).cash = c.cashPaise();
        } else if (effect instanceof Effect.SubmitSheet s) {
            Sheet sheet = draft(s.meetingId(), s.memberId());
            if (sheet.cash == null || sheet(s.memberId(), s.meetingId()).orElseThrow().lines().stream().anyMatch(l -> l.attendance() == null)) {
                throw new IllegalStateException("sheet-incomplete: " + effect.describe());
            }
            sheet.status = "SUBMITTED";
        } else if (effect instanceof Effect.ConfirmSheet c) {
            checked(c.sheetId(), c.memberId()).status = "CONFIRMED";
        } else if (effect instanceof Effect.RejectSheet r) {
            checked(r.sheetId(), r.memberId()).status = "DRAFT";
        }
    }

    /** The meeting's sheet, opened when nobody has (as the books' open does), while it is a draft. */
    private Sheet draft(long meetingId, long maker) {
        if (!meetings.containsKey(meetingId)) {
            throw new IllegalStateException("no meeting " + meetingId);
        }
        Sheet sheet = sheets.computeIfAbsent(meetingId, id -> new Sheet());
        if (!"DRAFT".equals(sheet.status)) {
            throw new IllegalStateException("sheet-not-draft: meeting " + meetingId);
        }
        sheet.makers.add(maker);
        return sheet;
    }

    private Sheet checked(long sheetId, long checker) {
        Sheet sheet = sheets.get(sheetId);
        if (sheet == null || !"SUBMITTED".equals(sheet.status)) {
            throw new IllegalStateException("sheet " + sheetId + " is not waiting for confirmation");
        }
        if (sheet.makers.contains(checker)) {
            throw new IllegalStateException("maker-is-checker: sheet " + sheetId);
        }
        return sheet;
    }
}
