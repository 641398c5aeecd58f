package org.sakhiline.admin.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.records.ConsoleErrors;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.MeetingStatus;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetSummary;
import org.sakhiline.books.sheets.SheetTotals;
import org.sakhiline.books.sheets.SheetView;

/** The sheets a reader should look at, cut to her part of the federation, and one group's recent meetings. */
@ApplicationScoped
public class SheetLists {

    static final int LIST_LIMIT = 100;
    /** How far back a group's page lists meetings (older sheets stay reachable from the lists and the audit log). */
    static final int GROUP_DAYS = 56;

    private final AccessScope scope;
    private final MeetingSheets sheets;
    private final OrgUnitService orgUnits;
    private final MeetingService meetings;
    private final int recentDays;

    public SheetLists(AccessScope scope, MeetingSheets sheets, OrgUnitService orgUnits, MeetingService meetings,
                      @ConfigProperty(name = "sakhiline.sheets.recent-days", defaultValue = "14") int recentDays) {
        this.scope = scope;
        this.sheets = sheets;
        this.orgUnits = orgUnits;
        this.meetings = meetings;
        this.recentDays = recentDays;
    }

    SheetListPages.Lists lists() {
        List<Long> units = scope.subtreeUnitIds();
        Map<Long, OrgUnitView> groups = new HashMap<>();
        return new SheetListPages.Lists(
                sheets.awaitingConfirmation(units, LIST_LIMIT).stream().map(s -> summary(s, groups)).toList(),
                sheets.flagged(units, LIST_LIMIT).stream().map(s -> summary(s, groups)).toList(), units == null);
    }

    SheetListPages.Group group(long shgId) {
        scope.requireUnit(shgId);
        OrgUnitView unit = orgUnits.find(shgId).filter(u -> u.shgProfile() != null)
                .orElseThrow(() -> ConsoleErrors.notFound("group " + shgId));
        ZoneId zone = ZoneId.of(unit.shgProfile().timeZone());
        LocalDate today = LocalDate.now(zone);
        List<MeetingSummary> recent = new ArrayList<>(meetings.meetings(shgId, today.minusDays(GROUP_DAYS), today));
        java.util.Collections.reverse(recent);   // newest first, as she looks for the meeting just held
        List<SheetListPages.MeetingRow> rows = new ArrayList<>();
        for (MeetingSummary m : recent) {
            Optional<SheetView> sheet = sheets.forMeeting(m.meetingId());
            boolean startable = sheet.isEmpty() && m.status() != MeetingStatus.CANCELLED
                    && !m.date().isBefore(today.minusDays(recentDays));
            rows.add(new SheetListPages.MeetingRow(m.meetingId(), SheetWords.date(m.date()), meetingStatus(m.status()),
                    sheet.map(SheetView::sheetId).orElse(null),
                    sheet.map(s -> SheetWords.status(s.status())).orElse(SheetWords.status(null)),
                    sheet.map(s -> SheetWords.statusTone(s.status())).orElse(""), startable));
        }
        return new SheetListPages.Group(shgId, unit.code(), unit.name(), SheetDesk.zoneName(zone), rows, recentDays);
    }

    private SheetListPages.Summary summary(SheetSummary s, Map<Long, OrgUnitView> groups) {
        OrgUnitView unit = groups.computeIfAbsent(s.shgId(), id -> orgUnits.find(id).orElseThrow());
        Locale country = new Locale("en", unit.country().name());
        ZoneId zone = unit.shgProfile() == null ? ZoneId.of("Asia/Kolkata") : ZoneId.of(unit.shgProfile().timeZone());
        SheetTotals t = s.totals();
        Long diff = t.differencePaise();
        SheetMessages m = SheetWords.m();
        return new SheetListPages.Summary(s.sheetId(), unit.code(), s.shgName(), SheetWords.date(s.meetingDate()),
                SheetWords.status(s.status()), SheetWords.statusTone(s.status()),
                m.sh_attendance_summary(t.present(), t.absent(), t.onLeave()),
                SheetWords.money(t.collectedPaise(), country),
                diff == null ? m.sh_list_cash_not_counted() : diff == 0 ? m.sh_list_cash_matches() : SheetWords.money(diff, country),
                diff == null ? "warn" : diff == 0 ? "ok" : "bad", s.openFlags(), SheetWords.at(s.updatedAt(), zone));
    }

    private static String meetingStatus(MeetingStatus status) {
        SheetMessages m = SheetWords.m();
        return switch (status) {
            case SCHEDULED -> m.sh_meeting_scheduled();
            case HELD -> m.sh_meeting_held();
            case CANCELLED -> m.sh_meeting_cancelled();
        };
    }
}
