package org.sakhiline.menu.books;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.meetings.MeetingService;
import org.sakhiline.books.meetings.NextMeeting;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.books.pins.MemberPinCodes;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.OneTimeCodeRule;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.books.pins.PinEntry;
import org.sakhiline.books.pins.PinLockout;
import org.sakhiline.books.reader.MemberBooksReader;
import org.sakhiline.books.savings.SavingsEntry;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The menu's view of the books. The engine only knows the {@link MenuBooks} port; this adapter (and
 * {@link MenuEffectWriter} for the changes a step asks for) is where menu and books meet. Reads outside a
 * transaction (most USSD and IVR hops) go through {@link MemberBooksReader}'s plain JDBC; inside one (an SMS
 * being processed, a step whose effects are being written) through the services, which see the
 * transaction's unflushed changes and take its locks.
 */
@ApplicationScoped
public class MenuBooksAdapter implements MenuBooks {

    private final MemberDirectory directory;
    private final SavingsService savings;
    private final LoanService loans;
    private final MeetingService meetings;
    private final MemberPins pins;
    private final MemberBooksReader reader;
    private final MemberPinCodes codes;
    private final SheetScreens sheetScreens;

    public MenuBooksAdapter(MemberDirectory directory, SavingsService savings, LoanService loans,
                           MeetingService meetings, MemberPins pins, MemberBooksReader reader, MemberPinCodes codes,
                           SheetScreens sheetScreens) {
        this.codes = codes;
        this.sheetScreens = sheetScreens;
        this.directory = directory;
        this.savings = savings;
        this.loans = loans;
        this.meetings = meetings;
        this.pins = pins;
        this.reader = reader;
    }

    @Override
    public List<CallerMember> membersForPhone(String phone) {
        List<MemberSummary> members = reader.usable() ? reader.activeMembersByPhone(phone)
                : directory.activeMembersByPhone(phone);
        return members.stream()
                .map(m -> new CallerMember(m.memberId(), m.name(), m.nameNative(), m.language(),
                        m.script() == ScriptVariant.ROMAN, m.pinSet(), m.role() == null ? null : m.role().name()))
                .toList();
    }

    @Override
    public long balancePaise(long memberId) {
        return reader.usable() ? reader.balancePaise(memberId) : savings.balancePaise(memberId);
    }

    @Override
    public Optional<LoanDuesView> loanDues(long memberId, Instant now) {
        LoanDues dues = reader.usable() ? reader.dues(memberId, now) : duesFromServices(memberId, now);
        if (!dues.hasLoans()) {
            return Optional.empty();
        }
        return Optional.of(new LoanDuesView(dues.amountDuePaise(), dues.earliestDueDate(), dues.overduePaise()));
    }

    private LoanDues duesFromServices(long memberId, Instant now) {
        long shgId = shgOf(memberId);
        // "Due" runs up to her group's next meeting, on the group's own calendar.
        Optional<NextMeeting> next = meetings.nextMeeting(shgId, now);
        java.time.LocalDate today = now.atZone(zoneOf(shgId)).toLocalDate();
        return loans.dues(memberId, today, next.map(NextMeeting::date).orElse(null));
    }

    @Override
    public Optional<MeetingView> nextMeeting(long memberId, Instant now) {
        Optional<NextMeeting> next = reader.usable() ? Optional.of(reader.nextMeeting(memberId, now))
                : meetings.nextMeeting(shgOf(memberId), now);
        return next.map(m -> new MeetingView(m.date(), m.startTime(), m.place(), m.zone()));
    }

    @Override
    public List<TxnView> lastTransactions(long memberId, int n) {
        List<SavingsEntry> txns = reader.usable() ? reader.lastTransactions(memberId, n)
                : savings.lastTransactions(memberId, n);
        return txns.stream()
                .map(t -> new TxnView(t.valueDate(), t.amountPaise(), t.type().name()))
                .toList();
    }

    @Override
    public PinJudgement judgePin(long memberId, String pin, Instant now) {
        PinEntry entry = pins.judge(memberId, pin, now);
        PinCheck check = entry.check();
        PinVerdict verdict = switch (check.outcome()) {
            case OK -> new PinVerdict.Ok();
            case WRONG -> new PinVerdict.Wrong(check.remainingTries());
            case LOCKED -> check.held() ? new PinVerdict.Held() : new PinVerdict.Locked(check.lockedUntil());
            case NOT_SET -> new PinVerdict.NotSet();
        };
        return new PinJudgement(verdict, entry.changesCounters(), counters(entry.after()));
    }

    /** The books' PIN state as the menu carries it in an effect (never the hash). */
    static PinCounters counters(PinLockout.PinState s) {
        return new PinCounters(s.failedAttempts(), s.lockedUntil(), s.lockLevel(), s.held(), s.windowStart(), s.windowWrong());
    }

    @Override
    public Optional<Instant> pinCodeRefusedUntil(long memberId, Instant now) {
        return codes.sendRefusedUntil(memberId, now);
    }

    @Override
    public PinCodeJudgement judgePinCode(long memberId, String code, Instant now) {
        OneTimeCodeRule.CodeEntry entry = codes.judge(memberId, code, now);
        PinCodeVerdict verdict = switch (entry.outcome()) {
            case OK -> PinCodeVerdict.OK;
            case WRONG -> PinCodeVerdict.WRONG;
            case SPENT -> PinCodeVerdict.SPENT;
        };
        return new PinCodeJudgement(verdict, entry.remainingTries(), entry.changes(), entry.after().failedAttempts(),
                entry.after().hash() == null);
    }

    private long shgOf(long memberId) {
        return directory.member(memberId).map(MemberSummary::shgId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private java.time.ZoneId zoneOf(long shgId) {
        ShgProfile profile = ShgProfile.findById(shgId);
        return profile == null ? java.time.ZoneOffset.UTC : profile.zone();
    }

    // ---- meeting day: only its hops read these (see SheetScreens) ----
    @Override
    public List<RecordableMeetingView> recordableMeetings(long memberId, Instant now) {
        return sheetScreens.recordable(memberId, now);
    }

    @Override
    public Optional<SheetScreenView> meetingSheet(long memberId, long meetingId, Instant now) {
        return sheetScreens.sheet(memberId, meetingId, now);
    }

    @Override
    public long sheetEntryLimitPaise() {
        return sheetScreens.entryLimitPaise();
    }

    @Override
    public List<WaitingSheetView> sheetsWaitingForConfirmation(long memberId) {
        return sheetScreens.waiting(memberId);
    }

    @Override
    public boolean madeSheet(long sheetId, long memberId) {
        return sheetScreens.made(sheetId, memberId);
    }
}
