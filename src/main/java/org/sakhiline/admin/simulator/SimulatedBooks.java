package org.sakhiline.admin.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.MenuBooks;

/**
 * The books as the simulator lets the menu see them: her real balance, dues, meetings and statement. Her
 * PIN is not checked (an administrator does not know it, and wrong tries would lock her out): any PIN passes
 * except {@value #WRONG_PIN}, which shows the wrong-PIN screen. Nothing is written: the simulator never
 * applies a step's effects (a new PIN or language, a meeting sheet's line, is accepted on screen and forgotten).
 */
final class SimulatedBooks implements MenuBooks {

    static final String WRONG_PIN = "0000";
    static final String WRONG_CODE = "000000";
    private static final int TRIES_SHOWN = 2;

    private final MenuBooks real;

    SimulatedBooks(MenuBooks real) {
        this.real = real;
    }

    @Override
    public List<CallerMember> membersForPhone(String phone) {
        return real.membersForPhone(phone);
    }

    @Override
    public long balancePaise(long memberId) {
        return real.balancePaise(memberId);
    }

    @Override
    public Optional<LoanDuesView> loanDues(long memberId, Instant now) {
        return real.loanDues(memberId, now);
    }

    @Override
    public Optional<MeetingView> nextMeeting(long memberId, Instant now) {
        return real.nextMeeting(memberId, now);
    }

    @Override
    public List<TxnView> lastTransactions(long memberId, int n) {
        return real.lastTransactions(memberId, n);
    }

    @Override
    public PinJudgement judgePin(long memberId, String pin, Instant now) {
        return PinJudgement.unchanged(WRONG_PIN.equals(pin) ? new PinVerdict.Wrong(TRIES_SHOWN) : new PinVerdict.Ok());
    }

    /** A one-time code is "sent" (nothing is: the simulator writes nothing) and any code but 000000 passes. */
    @Override
    public Optional<Instant> pinCodeRefusedUntil(long memberId, Instant now) {
        return Optional.empty();
    }

    @Override
    public PinCodeJudgement judgePinCode(long memberId, String code, Instant now) {
        boolean wrong = WRONG_CODE.equals(code);
        return new PinCodeJudgement(wrong ? PinCodeVerdict.WRONG : PinCodeVerdict.OK, wrong ? TRIES_SHOWN : 0, false, 0, !wrong);
    }

    // Meeting day: the real sheets are read; nothing is written (a line entered, a confirmation, are forgotten).
    @Override
    public List<RecordableMeetingView> recordableMeetings(long memberId, Instant now) {
        return real.recordableMeetings(memberId, now);
    }

    @Override
    public Optional<SheetScreenView> meetingSheet(long memberId, long meetingId, Instant now) {
        return real.meetingSheet(memberId, meetingId, now);
    }

    @Override
    public long sheetEntryLimitPaise() {
        return real.sheetEntryLimitPaise();
    }

    @Override
    public List<WaitingSheetView> sheetsWaitingForConfirmation(long memberId) {
        return real.sheetsWaitingForConfirmation(memberId);
    }

    @Override
    public boolean madeSheet(long sheetId, long memberId) {
        return real.madeSheet(sheetId, memberId);
    }
}
