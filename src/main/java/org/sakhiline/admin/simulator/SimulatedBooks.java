package org.sakhiline.admin.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.Script;

/**
 * The books as the simulator lets the menu see them: her real balance, dues, meetings and statement, but
 * nothing is ever written. Her PIN is neither checked (an administrator does not know it, and wrong
 * tries would lock her out) nor changed: any PIN passes except {@value #WRONG_PIN}, which shows the
 * wrong-PIN screen; a new PIN or language is accepted on screen and forgotten.
 */
final class SimulatedBooks implements MenuBooks {

    static final String WRONG_PIN = "0000";
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
    public PinCheck verifyPin(long memberId, String pin, Instant now) {
        return WRONG_PIN.equals(pin) ? new PinCheck.Wrong(TRIES_SHOWN) : new PinCheck.Ok();
    }

    @Override
    public void setPin(long memberId, String pin) {
        // shown as saved, never stored
    }

    @Override
    public void setLanguage(long memberId, String lang, Script script) {
        // the session switches language; her profile does not change
    }
}
