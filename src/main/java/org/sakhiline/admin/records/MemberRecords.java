package org.sakhiline.admin.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.books.loans.LoanDetails;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.NextMeeting;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberPhone;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.savings.SavingsTxn;
import org.sakhiline.books.savings.SavingsTxnType;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderPreferences;
import org.sakhiline.support.ResultPage;

/** Reads a member's books for the console: search within the signed-in user's scope, and the member page. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MemberRecords {

    static final int SEARCH_PAGE_SIZE = 20;
    static final int ENTRIES_PAGE = 20;

    private final AccessScope scope;
    private final MemberDirectory directory;
    private final OrgUnitService orgUnits;
    private final SavingsService savings;
    private final LoanService loans;
    private final MeetingService meetings;
    private final ReminderPreferences reminderPreferences;
    private final ConsoleWords words;

    public MemberRecords(AccessScope scope, MemberDirectory directory, OrgUnitService orgUnits, SavingsService savings,
                         LoanService loans, MeetingService meetings, ReminderPreferences reminderPreferences,
                         ConsoleWords words) {
        this.words = words;
        this.scope = scope;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.savings = savings;
        this.loans = loans;
        this.meetings = meetings;
        this.reminderPreferences = reminderPreferences;
    }

    /** By name (Latin or her own script), member number, or phone (E.164 or its last digits); blank lists all. */
    public MemberSearchPage search(String q, int page) {
        String query = q == null ? "" : q.strip();
        ResultPage<MemberSummary> found = directory.search(query, null, scope.subtreeUnitIds(), page, SEARCH_PAGE_SIZE);
        Map<Long, List<String>> phones = phonesOf(found.items().stream().map(MemberSummary::memberId).toList());
        List<MemberSearchPage.Row> rows = found.items().stream().map(m -> new MemberSearchPage.Row(m.memberId(),
                m.memberNo(), m.name(), m.nameNative(), m.language(), ConsoleText.rtl(m.language()), m.shgId(), m.shgCode(),
                m.shgName(), languageLabel(m), m.status().name(), phones.getOrDefault(m.memberId(), List.of()))).toList();
        return new MemberSearchPage(query, rows,
                Paging.of("/admin/members", Map.of("q", query), page, SEARCH_PAGE_SIZE, found.total()));
    }

    public MemberPage page(long memberId) {
        return page(memberId, EntryRange.LATEST, 0);
    }

    /**
     * Her page with one page of savings entries: the newest {@link #ENTRIES_PAGE} by default (a member who saved
     * nothing lately still sees her last entries, and a weekly group's page holds about five months), or those
     * whose value date falls in {@code range}, newest first either way.
     */
    public MemberPage page(long memberId, EntryRange range, int entryPage) {
        scope.requireMember(memberId);
        MemberSummary m = directory.member(memberId).orElseThrow(() -> ConsoleErrors.notFound("member " + memberId));
        OrgUnitView shg = orgUnits.find(m.shgId()).orElseThrow();
        Country country = shg.country();
        ZoneId zone = shg.shgProfile() == null ? ZoneId.of("Asia/Kolkata") : ZoneId.of(shg.shgProfile().timeZone());
        LocalDate today = LocalDate.now(zone);
        NextMeeting next = meetings.nextMeeting(m.shgId(), Instant.now()).orElse(null);

        MemberPage.Profile member = new MemberPage.Profile(m.memberId(), m.memberNo(), m.name(), m.nameNative(),
                m.language(), ConsoleText.rtl(m.language()), m.shgId(), m.shgCode(), m.shgName(), m.role().name(),
                m.status().name(), languageLabel(m), directory.phonesOf(memberId), m.pinSet());
        String path = "/admin/members/" + memberId;
        long total = range.count(memberId);
        return new MemberPage(member, ConsoleText.money(savings.balancePaise(memberId), country),
                savingsRows(memberId, country, range, entryPage), range,
                Paging.of(path, range.params(), entryPage, ENTRIES_PAGE, total), loanRows(memberId, country, today, next == null ? null : next.date()),
                reminderText(memberId),
                next == null ? rec().mp_no_meeting() : rec().mp_meeting_at(words.date(next.date()),
                        ConsoleText.time(next.startTime()) + " " + ConsoleWords.zoneName(zone), next.place()),
                null, null);
    }

    private List<MemberPage.SavingsRow> savingsRows(long memberId, Country country, EntryRange range, int entryPage) {
        List<SavingsTxn> recent = range.entries(memberId, entryPage, ENTRIES_PAGE);
        if (recent.isEmpty()) {
            return List.of();
        }
        // Reversals of these rows may be newer than the page shows: look them up directly.
        Map<Long, SavingsTxn> reversalOf = SavingsTxn.<SavingsTxn>list("reversesTxnId in ?1",
                recent.stream().map(t -> t.id).toList()).stream()
                .collect(Collectors.toMap(t -> t.reversesTxnId, Function.identity()));
        List<MemberPage.SavingsRow> rows = new ArrayList<>();
        for (SavingsTxn t : recent) {
            SavingsTxn reversal = reversalOf.get(t.id);
            boolean reversible = t.type != SavingsTxnType.REVERSAL && reversal == null;
            rows.add(new MemberPage.SavingsRow(t.id, words.date(t.valueDate), t.type.name(),
                    ConsoleText.money(t.amountPaise, country), ConsoleText.money(t.balanceAfterPaise, country),
                    t.channel.name(), words.actor(t.actor, t.channel), t.note, t.reversesTxnId, reversal == null ? null : reversal.id,
                    reversible, reversible ? "console-reversal:" + t.id + ":" + UUID.randomUUID() : null));
        }
        return rows;
    }

    private List<MemberPage.LoanRow> loanRows(long memberId, Country country, LocalDate today, LocalDate nextMeeting) {
        List<MemberPage.LoanRow> rows = new ArrayList<>();
        for (LoanDetails l : loans.loansOf(memberId)) {
            long overdue = 0;
            List<MemberPage.InstalmentRow> instalments = new ArrayList<>();
            for (LoanDetails.InstalmentState i : l.instalments()) {
                long due = i.principalDuePaise() + i.chargeDuePaise();
                long paid = i.principalPaidPaise() + i.chargePaidPaise();
                String state = instalmentState(i, l.graceDays(), today, nextMeeting);
                if ("overdue".equals(state)) {
                    overdue += i.unpaidPaise();
                }
                instalments.add(new MemberPage.InstalmentRow(i.seq(), words.date(i.dueDate()),
                        ConsoleText.money(due, country), ConsoleText.money(paid, country),
                        ConsoleText.money(i.unpaidPaise(), country), state));
            }
            String terms = rec().mp_terms(l.instalmentCount(), words.enumWord(l.frequency()), words.enumWord(l.chargeMethod()),
                    BigDecimal.valueOf(l.rateBp(), 2).stripTrailingZeros().toPlainString(), words.enumWord(l.ratePeriod()))
                    + (l.graceDays() > 0 ? ", " + rec().mp_grace(l.graceDays()) : "");
            rows.add(new MemberPage.LoanRow(l.loanId(), l.fundSource().name(), ConsoleText.money(l.principalPaise(), country),
                    terms, words.date(l.disbursalDate()), l.status().name(), ConsoleText.money(l.totalDuePaise(), country),
                    ConsoleText.money(l.paidPaise(), country), ConsoleText.money(l.outstandingPaise(), country),
                    ConsoleText.money(overdue, country), instalments));
        }
        return rows;
    }

    /**
     * Overdue: unpaid past its due date plus the loan's grace. Due: unpaid and due by the next meeting (or
     * today). The same rules as {@link LoanService#dues}, per instalment.
     */
    static String instalmentState(LoanDetails.InstalmentState i, int graceDays, LocalDate today, LocalDate nextMeeting) {
        if (i.unpaidPaise() == 0) {
            return "paid";
        }
        if (i.dueDate().plusDays(graceDays).isBefore(today)) {
            return "overdue";
        }
        LocalDate horizon = nextMeeting == null || nextMeeting.isBefore(today) ? today : nextMeeting;
        if (!i.dueDate().isAfter(horizon)) {
            return "due";
        }
        return i.principalPaidPaise() + i.chargePaidPaise() > 0 ? "part-paid" : "upcoming";
    }

    private String reminderText(long memberId) {
        boolean stopped = reminderPreferences.optedOut(memberId);
        ReminderChannel channel = reminderPreferences.channel(memberId).orElse(null);
        if (stopped) {
            return rec().mp_rem_stopped();
        }
        if (channel == null) {
            return rec().mp_rem_rules();
        }
        return channel == ReminderChannel.NONE ? rec().mp_rem_none() : rec().mp_rem_by(words.enumWord(channel));
    }

    private RecordMessages rec() {
        return words.bundle(RecordMessages.class);
    }

    private String languageLabel(MemberSummary m) {
        String name = ConsoleText.languageName(m.language());
        if ("en".equals(m.language())) {
            return name;
        }
        return m.script() == ScriptVariant.ROMAN ? rec().lang_roman(name) : rec().lang_native(name);
    }

    private static Map<Long, List<String>> phonesOf(List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> byMember = new LinkedHashMap<>();
        for (MemberPhone p : MemberPhone.<MemberPhone>list("memberId in ?1 order by id", memberIds)) {
            byMember.computeIfAbsent(p.memberId, k -> new ArrayList<>()).add(p.phoneE164);
        }
        return byMember;
    }
}
