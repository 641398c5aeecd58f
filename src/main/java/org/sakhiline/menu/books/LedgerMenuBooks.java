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
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.books.pins.PinEntry;
import org.sakhiline.books.reader.MemberBooksReader;
import org.sakhiline.books.savings.SavingsEntry;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.Script;
import org.sakhiline.support.WorkerThreadRequired;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The menu's view of the books, served by the ledger. The engine itself only knows the {@link MenuBooks}
 * port; this adapter is the one place where menu and ledger meet. Reads outside a transaction (every USSD
 * and IVR hop) go through {@link MemberBooksReader}'s plain JDBC; inside one (an SMS being processed) through
 * the services, which see the transaction's unflushed changes.
 */
@ApplicationScoped
public class LedgerMenuBooks implements MenuBooks {

    private final MemberDirectory directory;
    private final SavingsService savings;
    private final LoanService loans;
    private final MeetingService meetings;
    private final MemberPins pins;
    private final MemberBooksReader reader;

    public LedgerMenuBooks(MemberDirectory directory, SavingsService savings, LoanService loans,
                           MeetingService meetings, MemberPins pins, MemberBooksReader reader) {
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
                        m.script() == org.sakhiline.books.members.ScriptVariant.ROMAN ? Script.ROMAN : Script.NATIVE, m.pinSet()))
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
    public PinCheck verifyPin(long memberId, String pin, Instant now) {
        if (!WorkerThreadRequired.blockingAllowed()) {
            // On an I/O thread only an entry that changes nothing is answered; one that counts tries is not.
            PinEntry entry = pins.judge(memberId, pin, now);
            if (!entry.changesCounters()) {
                return map(entry.check());
            }
            throw new WorkerThreadRequired("PIN check that may count a failure");
        }
        return map(pins.verify(memberId, pin, now));
    }

    private static PinCheck map(org.sakhiline.books.pins.PinCheck check) {
        return switch (check.outcome()) {
            case OK -> new PinCheck.Ok();
            case WRONG -> new PinCheck.Wrong(check.remainingTries());
            case LOCKED -> new PinCheck.Locked(check.lockedUntil());
            case NOT_SET -> new PinCheck.NotSet();
        };
    }

    @Override
    public void setPin(long memberId, String pin) {
        WorkerThreadRequired.check("setting a PIN");
        pins.setPin(memberId, pin);
    }

    @Override
    public void setLanguage(long memberId, String lang, Script script) {
        WorkerThreadRequired.check("saving a language choice");
        directory.setLanguage(memberId, lang,
                script == Script.ROMAN ? org.sakhiline.books.members.ScriptVariant.ROMAN : org.sakhiline.books.members.ScriptVariant.NATIVE);
    }

    private long shgOf(long memberId) {
        return directory.member(memberId).map(MemberSummary::shgId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private java.time.ZoneId zoneOf(long shgId) {
        ShgProfile profile = ShgProfile.findById(shgId);
        return profile == null ? java.time.ZoneOffset.UTC : profile.zone();
    }
}
