package org.sakhiline.admin.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.dashboard.BookTexts;
import org.sakhiline.admin.records.ConsoleErrors;
import org.sakhiline.books.meetings.Meeting;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.ConfirmResult;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetEdit;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetRepayment;
import org.sakhiline.books.sheets.SheetRules;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.books.sheets.SheetTotals;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The console's side of meeting day: every sheet action checks the reader's scope first (the same 403 as other
 * console pages), acts as {@code console:<her username>} through channel CONSOLE, and leaves the rules, the
 * history and the audit rows to {@link MeetingSheets}. Builds the sheet page, with her typed values after a refusal.
 */
@ApplicationScoped
public class SheetDesk {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 200;

    private final AccessScope scope;
    private final MeetingSheets sheets;
    private final OrgUnitService orgUnits;
    private final SheetRules rules;

    public SheetDesk(AccessScope scope, MeetingSheets sheets, OrgUnitService orgUnits, SheetRules rules) {
        this.scope = scope;
        this.sheets = sheets;
        this.orgUnits = orgUnits;
        this.rules = rules;
    }

    /** The gate of every sheet page and action: the sheet, once the reader's scope covers its group; a sheet that does not exist is the console's 404. */
    SheetView view(long sheetId) {
        SheetView v;
        try {
            v = sheets.view(sheetId);
        } catch (NotFoundException e) {
            throw ConsoleErrors.notFound("meeting sheet " + sheetId);
        }
        scope.requireUnit(v.shgId());
        return v;
    }

    /** Opens (or finds) the draft of a meeting in her scope. */
    long open(long meetingId) {
        scope.requireMeeting(meetingId);
        if (Meeting.findById(meetingId) == null) {
            throw ConsoleErrors.notFound("meeting " + meetingId);
        }
        return sheets.open(meetingId, me(), Instant.now()).sheetId();
    }

    /** Saves what she changed and the cash counted, over the version she opened (else 409, nothing saved). */
    SheetView save(SheetView v, SheetForm form) {
        Long version = form.version();
        if (version == null) {
            throw new InvalidInputException(SheetForm.VERSION, SheetWords.m().sh_err_incomplete_form());
        }
        List<SheetEdit> edits = form.edits(v);
        try {
            return sheets.save(v.sheetId(), version, edits, form.cashCountedPaise(), me());
        } catch (DomainException e) {
            throw SheetRefusals.namingTheLine(e, v, edits, rules);
        }
    }

    /** Hands the sheet on for confirmation by someone else. */
    SheetView submit(SheetView v) {
        return sheets.submit(v.sheetId(), me());
    }

    ConfirmResult confirm(SheetView v) {
        return sheets.confirm(v.sheetId(), me(), Instant.now());
    }

    SheetView reject(SheetView v, String reason) {
        return sheets.reject(v.sheetId(), reason(reason), me());
    }

    /** A confirmed line set right: reversal rows for what was posted, new postings, and a new receipt for her. */
    SheetView correct(SheetView v, long memberId, SheetForm form, String reason) {
        SheetLine line = v.line(memberId).orElseThrow(() -> ConsoleErrors.notFound("member " + memberId + " on this sheet"));
        LineEntry entry = form.entry(line);
        if (entry == null) {
            throw new InvalidInputException(SheetForm.attendanceField(memberId), SheetWords.m().sh_err_attendance());
        }
        String why = reason(reason);
        if (SheetForm.same(entry, line)) {
            throw new InvalidInputException("reason", SheetWords.m().sh_err_nothing_to_correct());
        }
        try {
            return sheets.correct(v.sheetId(), memberId, entry, why, me(), Instant.now());
        } catch (DomainException e) {
            throw SheetRefusals.namingTheLine(e, v, List.of(new SheetEdit(memberId, entry)), rules, true);
        }
    }

    private static String reason(String typed) {
        String why = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", SheetWords.m().sh_err_reason(MIN_REASON, MAX_REASON));
        }
        return why;
    }

    private SheetActor me() {
        return SheetActor.console(scope.username(), Channel.CONSOLE);
    }

    // ---- the page --------------------------------------------------------------------------------------------

    /**
     * @param typed her posted values to show instead of the saved ones (after a refused save), or null
     * @param done  the action just finished ({@code ?done=saved}), or null
     */
    SheetPage page(SheetView v, SheetForm typed, String done, DomainException refused) {
        return page(v, typed, done, refused, "");
    }

    /** @param typedReason a refused "send back" reason, to show again */
    SheetPage page(SheetView v, SheetForm typed, String done, DomainException refused, String typedReason) {
        Place place = place(v);
        boolean stale = refused != null && EditVersions.STALE.equals(refused.code());
        List<SheetPage.Row> rows = new ArrayList<>();
        for (SheetLine line : v.lines()) {
            rows.add(row(line, typed, stale, place.country()));
        }
        boolean maker = v.status() == SheetStatus.SUBMITTED && sheets.isMaker(v.sheetId(), "console:" + scope.username());
        String notice = done(done);
        if ("saved".equals(done) && v.totals().notEntered() > 0) {
            notice = SheetWords.m().sh_done_saved_not_entered(v.totals().notEntered());
        }
        String cash = v.totals().cashCountedPaise() == null ? "" : SheetWords.rupeesField(v.totals().cashCountedPaise());
        return new SheetPage(v.sheetId(), v.meetingId(), v.shgId(), place.code(), v.shgName(), place.country().getCountry(),
                SheetWords.date(v.meetingDate()),
                zoneName(v.zone()), SheetWords.status(v.status()), SheetWords.statusTone(v.status()), v.version(),
                v.status() == SheetStatus.DRAFT, v.status() == SheetStatus.SUBMITTED && !maker,
                maker ? SheetWords.m().sh_ref_maker() : "",
                v.status() == SheetStatus.CONFIRMED, rows, totals(v.totals(), place.country()),
                typed == null ? cash : typed.shown(SheetForm.CASH, cash), v.rejectedReason(),
                sheets.history(v.sheetId()).stream().map(e -> new SheetPage.HistoryRow(BookTexts.actor(e.actor()),
                        SheetWords.event(e.event()), SheetWords.channel(e.channel()), SheetWords.at(e.at(), v.zone()),
                        SheetWords.note(e.note()))).toList(),
                sheets.flags(v.sheetId()).stream().map(f -> new SheetPage.FlagRow(f.flagId(), f.memberName(),
                        SheetWords.at(f.at(), v.zone()), f.text(), f.resolved())).toList(),
                notice, refused == null ? null : SheetRefusals.words(refused),
                refused != null && typed != null && v.status() != SheetStatus.DRAFT ? unsaved(v, typed, place.country()) : List.of(),
                typedReason == null ? "" : typedReason);
    }

    /** The correction form of one confirmed line: what was recorded, and fields for what should have been. */
    CorrectionPage correction(SheetView v, long memberId, SheetForm typed, String reason, DomainException refused) {
        SheetLine line = v.line(memberId).orElseThrow(() -> ConsoleErrors.notFound("member " + memberId + " on this sheet"));
        Place place = place(v);
        SheetPage.Row row = row(line, typed, false, place.country());
        long repaid = line.repayments().stream().mapToLong(SheetRepayment::amountPaise).sum();
        String recorded = SheetWords.line(line.attendance(), row.savings(), SheetWords.money(repaid, place.country()), row.fine());
        return new CorrectionPage(v.sheetId(), place.code(), v.shgName(), SheetWords.date(v.meetingDate()),
                v.status() == SheetStatus.CONFIRMED, row, recorded, reason == null ? "" : reason,
                refused == null ? null : SheetRefusals.words(refused));
    }

    /** Her entries that a sheet no longer being entered could not take, written out so nothing she typed is lost. */
    private static List<String> unsaved(SheetView v, SheetForm typed, Locale country) {
        List<String> out = new ArrayList<>();
        for (SheetLine line : v.lines()) {
            LineEntry hers;
            try {
                hers = typed.entry(line);
            } catch (InvalidInputException e) {
                continue;
            }
            if (hers != null && !SheetForm.same(hers, line)) {
                long repaid = hers.repaymentsByLoan().values().stream().mapToLong(Long::longValue).sum();
                out.add(SheetWords.m().sh_unsaved_line(line.name(), line.memberNumber(), SheetWords.line(hers.attendance(),
                        SheetWords.money(hers.savingsPaise(), country), SheetWords.money(repaid, country),
                        SheetWords.money(hers.finePaise(), country))));
            }
        }
        return out;
    }

    private static SheetPage.Row row(SheetLine line, SheetForm typed, boolean stale, Locale country) {
        long id = line.memberId();
        String attendance = line.attendance() == null ? "" : line.attendance().name();
        // A line not entered yet shows "as shown": her usual saving and what is due on each loan.
        String savings = SheetWords.rupeesField(line.entered() ? line.savingsPaise() : line.usualSavingsPaise());
        String fine = SheetWords.rupeesField(line.finePaise());
        List<SheetPage.Cell> cells = new ArrayList<>();
        long repaid = 0;
        for (SheetRepayment r : line.repayments()) {
            String name = SheetForm.repaymentField(id, r.loanId());
            String amount = SheetWords.rupeesField(line.entered() ? r.amountPaise() : r.duePaise());
            repaid += r.amountPaise();
            cells.add(new SheetPage.Cell(r.loanId(), r.loanRef(), SheetWords.money(r.duePaise(), country),
                    SheetWords.money(r.outstandingPaise(), country), typed == null ? amount : typed.shown(name, amount),
                    SheetWords.rupeesField(r.duePaise()),
                    SheetWords.money(r.amountPaise(), country), name));
        }
        String meanwhile = "";
        if (stale && typed != null) {
            LineEntry hers = typed.entry(line);
            if (hers != null && line.entered() && !SheetForm.same(hers, line)) {
                meanwhile = SheetWords.m().sh_saved_meanwhile(SheetWords.line(line.attendance(),
                        SheetWords.money(line.savingsPaise(), country), SheetWords.money(repaid, country),
                        SheetWords.money(line.finePaise(), country)));
            }
        }
        return new SheetPage.Row(id, line.memberNumber(), line.name(), line.nameNative() == null ? "" : line.nameNative(),
                typed == null ? attendance : typed.shown(SheetForm.attendanceField(id), attendance),
                SheetWords.attendance(line.attendance()),
                typed == null ? savings : typed.shown(SheetForm.savingsField(id), savings),
                SheetWords.rupeesField(line.usualSavingsPaise()), SheetWords.money(line.savingsPaise(), country),
                typed == null ? fine : typed.shown(SheetForm.fineField(id), fine), SheetWords.money(line.finePaise(), country),
                cells, SheetWords.money(line.usualSavingsPaise(), country), SheetWords.money(line.collectedPaise(), country),
                line.openFlags(), line.entered(), meanwhile);
    }

    private static SheetPage.Totals totals(SheetTotals t, Locale country) {
        Long diff = t.differencePaise();
        SheetMessages m = SheetWords.m();
        return new SheetPage.Totals(t.present(), t.absent(), t.onLeave(), t.notEntered(), SheetWords.money(t.savingsPaise(), country),
                SheetWords.money(t.repaidPaise(), country), SheetWords.money(t.finesPaise(), country),
                SheetWords.money(t.collectedPaise(), country),
                t.cashCountedPaise() == null ? m.sh_cash_not_counted() : SheetWords.money(t.cashCountedPaise(), country),
                diff == null ? "—" : diff == 0 ? m.sh_diff_none() : diff > 0 ? m.sh_diff_more(SheetWords.money(diff, country))
                        : m.sh_diff_less(SheetWords.money(diff, country)),
                diff == null ? "" : diff == 0 ? "ok" : "bad");
    }

    /** What the page says after an action ({@code ?done=saved}); an unknown word says nothing. */
    private static String done(String done) {
        if (done == null) {
            return null;
        }
        SheetMessages m = SheetWords.m();
        return switch (done) {
            case "started" -> m.sh_done_started();
            case "saved" -> m.sh_done_saved();
            case "submitted" -> m.sh_done_submitted();
            case "confirmed" -> m.sh_done_confirmed();
            case "already" -> m.sh_done_already();
            case "rejected" -> m.sh_done_rejected();
            case "corrected" -> m.sh_done_corrected();
            default -> null;
        };
    }

    /** The group's code and country (rupee grouping), read once per page. */
    record Place(String code, Locale country) {}

    Place place(SheetView v) {
        OrgUnitView unit = orgUnits.find(v.shgId()).orElseThrow();
        return new Place(unit.code(), new Locale("en", unit.country().name()));
    }

    /** "IST (Asia/Kolkata)". */
    static String zoneName(ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(Instant.now().atZone(zone))
                + " (" + zone.getId() + ")";
    }

}
