package org.sakhiline.menu.books;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetRepayment;
import org.sakhiline.books.sheets.SheetSummary;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.books.sheets.SheetsConfig;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuBooks.SheetLineView;
import org.sakhiline.menu.MenuBooks.SheetLoanView;
import org.sakhiline.menu.MenuBooks.SheetScreenView;
import org.sakhiline.support.problem.DomainException;

/**
 * The meeting sheet as the bookkeeper's and the leader's screens read it, from {@link MeetingSheets}. Only the
 * meeting-day hops come here (the member's balance hops never do). Reads block on the ORM, so on an I/O thread
 * they refuse with {@link MenuBooks.NeedsWorker} and the channel answers that hop on a worker; outside a
 * transaction they run in a short one of their own, inside the hop's they join it.
 */
@ApplicationScoped
public class SheetScreens {

    private final MeetingSheets sheets;
    private final MemberDirectory directory;
    private final SheetsConfig config;

    public SheetScreens(MeetingSheets sheets, MemberDirectory directory, SheetsConfig config) {
        this.sheets = sheets;
        this.directory = directory;
        this.config = config;
    }

    private static <T> T read(Supplier<T> read) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new MenuBooks.NeedsWorker("meeting sheets are read on a worker");
        }
        return QuarkusTransaction.joiningExisting().call(read::get);
    }

    private Optional<MemberSummary> member(long memberId) {
        return directory.member(memberId);
    }

    List<MenuBooks.RecordableMeetingView> recordable(long memberId, Instant now) {
        return read(() -> member(memberId).map(m -> sheets.recordable(m.shgId(), now).stream()
                .map(r -> new MenuBooks.RecordableMeetingView(r.meetingId(), r.date(),
                        r.sheetStatus() == null ? null : r.sheetStatus().name()))
                .toList()).orElse(List.of()));
    }

    /** Her group's meeting's sheet, or what opening it would prefill; empty for another group's or a refused meeting. */
    Optional<SheetScreenView> sheet(long memberId, long meetingId, Instant now) {
        return read(() -> {
            Optional<MemberSummary> m = member(memberId);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            SheetView view;
            try {
                view = sheets.prefill(meetingId, now);
            } catch (DomainException refused) { // a meeting gone, cancelled or in the future: nothing to record
                return Optional.empty();
            }
            if (view.shgId() != m.get().shgId()) {
                return Optional.empty();
            }
            return Optional.of(new SheetScreenView(view.sheetId(), view.meetingId(), view.meetingDate(), view.status().name(),
                    view.lines().stream().map(SheetScreens::line).toList(), view.totals().cashCountedPaise()));
        });
    }

    /** A line as the screen shows it: what was entered, or (not entered yet) what "as shown" would enter. */
    static SheetLineView line(SheetLine l) {
        boolean entered = l.entered();
        List<SheetLoanView> loans = l.repayments().stream().map(r -> new SheetLoanView(r.loanId(), r.outstandingPaise(),
                entered ? r.amountPaise() : prefilled(r))).toList();
        return new SheetLineView(l.memberId(), l.memberNumber(), l.name(), l.nameNative(),
                entered ? l.attendance().name() : null, entered ? l.savingsPaise() : l.usualSavingsPaise(),
                entered ? l.finePaise() : 0, loans);
    }

    private static long prefilled(SheetRepayment r) {
        return Math.min(r.duePaise(), r.outstandingPaise());
    }

    long entryLimitPaise() {
        return config.maxEntryPaise();
    }

    List<MenuBooks.WaitingSheetView> waiting(long memberId) {
        return read(() -> member(memberId).map(m -> sheets.submittedForShg(m.shgId()).stream()
                .sorted(java.util.Comparator.comparing(SheetSummary::meetingDate))
                .map(s -> new MenuBooks.WaitingSheetView(s.sheetId(), s.meetingDate(), s.totals().present(),
                        s.totals().savingsPaise(), s.totals().repaidPaise(), s.totals().finesPaise()))
                .toList()).orElse(List.of()));
    }

    boolean made(long sheetId, long memberId) {
        return read(() -> sheets.isMaker(sheetId, SheetActor.member(memberId, org.sakhiline.books.posting.Channel.USSD).actor()));
    }
}
