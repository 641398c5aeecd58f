package org.sakhiline.admin.records;

import org.sakhiline.messaging.SmsRouting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleContext;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.org.MeetingRule;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.books.org.ShgProfileData;
import org.sakhiline.books.staff.StaffDirectory;

/** The federation tree as the console shows it, cut to the signed-in user's part of it. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class OrgUnitRecords {

    static final int MAX_CHILDREN = 500;
    static final int MAX_MEMBERS = 200;
    static final int MEETING_WEEKS = 8;

    private final AccessScope scope;
    private final OrgUnitService orgUnits;
    private final StaffDirectory staffDirectory;
    private final MeetingService meetings;

    private final SmsRouting routing;
    private final ConsoleWords words;
    private final ConsoleContext console;

    public OrgUnitRecords(AccessScope scope, OrgUnitService orgUnits, StaffDirectory staffDirectory, MeetingService meetings,
                          SmsRouting routing, ConsoleWords words, ConsoleContext console) {
        this.words = words;
        this.console = console;
        this.routing = routing;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.staffDirectory = staffDirectory;
        this.meetings = meetings;
    }

    /** Where the tree starts for this reader: every top-level unit for an administrator, her own unit for staff. */
    public List<OrgUnitPage.Unit> tops() {
        Long root = scope.scopeRoot();
        List<OrgUnit> units = root == null ? OrgUnit.list("parentId is null order by code") : OrgUnit.list("id", root);
        return rows(units);
    }

    public OrgUnitPage unit(long id) {
        scope.requireUnit(id);
        OrgUnitView view = orgUnits.find(id).orElseThrow(() -> ConsoleErrors.notFound("org unit " + id));
        OrgUnit unit = OrgUnit.findById(id);
        List<OrgUnitPage.Unit> children = rows(OrgUnit.<OrgUnit>find("parentId = ?1 order by code", id)
                .page(0, MAX_CHILDREN).list());
        OrgUnitPage.Group group = view.shgProfile() == null ? null : group(view);
        List<OrgUnitPage.StaffRow> staff = staffDirectory.listStaff(id, 0, 50).items().stream()
                .map(s -> new OrgUnitPage.StaffRow(s.staffId(), s.name(), s.role().name(), s.phoneE164(), s.status().name())).toList();
        String chosen = (String) OrgUnit.getEntityManager().createNativeQuery("SELECT sms_provider FROM org_unit WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return new OrgUnitPage(rows(List.of(unit)).get(0), crumbs(unit), children, group, staff,
                new OrgUnitPage.SmsGatewayChoice(chosen == null ? "" : chosen, List.copyOf(routing.gatewayNames()),
                        scope.isAdmin()));
    }

    private OrgUnitPage.Group group(OrgUnitView view) {
        ShgProfileData p = view.shgProfile();
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalDate today = LocalDate.now(zone);
        LocalDate until = today.plusWeeks(MEETING_WEEKS);
        // Dates the schedule gives, overlaid with the occurrences already generated (held, cancelled, moved place).
        Map<LocalDate, OrgUnitPage.MeetingRow> byDate = new TreeMap<>();
        MeetingRule rule = new MeetingRule(p.meetingFrequency(), p.meetingDayOfWeek(), p.meetingWeekOfMonth(),
                p.meetingDayOfMonth());
        for (LocalDate d : rule.datesBetween(today, until)) {
            byDate.put(d, new OrgUnitPage.MeetingRow(words.date(d), ConsoleText.time(p.meetingTime()) + " " + ConsoleWords.zoneName(zone),
                    p.meetingPlace(), null));
        }
        for (MeetingSummary m : meetings.meetings(view.id(), today, until)) {
            byDate.put(m.date(), new OrgUnitPage.MeetingRow(words.date(m.date()),
                    ConsoleText.time(m.startTime()) + " " + ConsoleWords.zoneName(zone),
                    m.place(), m.status().name()));
        }
        List<OrgUnitPage.MemberRow> members = Member.<Member>find("shgId = ?1 order by memberNo", view.id())
                .page(0, MAX_MEMBERS).list().stream()
                .map(m -> new OrgUnitPage.MemberRow(m.id, m.memberNo, m.name, m.nameNative, m.language,
                        ConsoleText.rtl(m.language), m.role.name(), m.status.name())).toList();
        return new OrgUnitPage.Group(schedule(p), words.date(p.formationDate()),
                ConsoleText.languageName(p.defaultLanguage()), ConsoleText.money(p.defaultSavingsPaise(), view.country()),
                p.grade(), p.bankAccountMasked() == null ? "" : p.bankAccountMasked(),
                new ArrayList<>(byDate.values()), members);
    }

    /** "Weekly on Wednesday at 10:00 IST, Panchayat bhavan" in the reader's language, on the group's clock. */
    private String schedule(ShgProfileData p) {
        RecordMessages m = words.bundle(RecordMessages.class);
        String day = p.meetingDayOfWeek() == null ? "" : java.time.DayOfWeek.of(p.meetingDayOfWeek())
                .getDisplayName(java.time.format.TextStyle.FULL, console.locale());
        String when = p.meetingFrequency() == org.sakhiline.books.org.MeetingFrequency.WEEKLY ? m.ou_weekly(day)
                : p.meetingWeekOfMonth() != null ? m.ou_monthly_week(p.meetingWeekOfMonth(), day)
                : m.ou_monthly_day(p.meetingDayOfMonth() == null ? 1 : p.meetingDayOfMonth());
        return m.ou_schedule(when, ConsoleText.time(p.meetingTime()), p.meetingPlace(),
                ConsoleWords.zoneName(ZoneId.of(p.timeZone())));
    }

    /** Ancestors the reader may open (a STAFF user's path stops at her own unit). */
    private List<OrgUnitPage.Unit> crumbs(OrgUnit unit) {
        List<OrgUnit> up = new ArrayList<>();
        OrgUnit at = unit;
        for (int depth = 0; at.parentId != null && depth < 16; depth++) {
            at = OrgUnit.findById(at.parentId);
            if (at == null || !scope.mayAccessUnit(at.id)) {
                break;
            }
            up.add(0, at);
        }
        return rows(up);
    }

    /** Units with their size: members for groups, direct children otherwise (two grouped queries). */
    private List<OrgUnitPage.Unit> rows(List<OrgUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Long> ids = units.stream().map(u -> u.id).toList();
        Map<Long, Long> members = counts("select m.shgId, count(m) from Member m where m.shgId in ?1 group by m.shgId", ids);
        Map<Long, Long> children = counts("select u.parentId, count(u) from OrgUnit u where u.parentId in ?1 group by u.parentId", ids);
        return units.stream().map(u -> new OrgUnitPage.Unit(u.id, u.code, u.name, u.nameLocal, u.level.name(),
                u.country.name(), place(u), u.isGroup() ? members.getOrDefault(u.id, 0L) : children.getOrDefault(u.id, 0L)))
                .toList();
    }

    private static Map<Long, Long> counts(String jpql, List<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : OrgUnit.getEntityManager().createQuery(jpql, Object[].class).setParameter(1, ids).getResultList()) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    private static String place(OrgUnit u) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {u.village, u.block, u.district}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join(", ", parts);
    }
}
