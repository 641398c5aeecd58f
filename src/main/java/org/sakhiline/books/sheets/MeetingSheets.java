package org.sakhiline.books.sheets;

import static org.sakhiline.books.sheets.SqlValues.num;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.support.RetriedOnConflict;

/**
 * Meeting sheets: the one door every channel (the bookkeeper's USSD, the console, the API) uses to write a
 * meeting and get it into the books. DRAFT → SUBMITTED → CONFIRMED, a reject back to DRAFT with a reason.
 * Rules: {@link SheetRules}; maker–checker: {@link SheetCheckers}; posting: {@link SheetConfirmation}.
 * Every change locks the sheet row first ({@link LockedSheet#lock}), so edits, submits and confirmations of one
 * sheet serialise; each is one history row and one audit row ({@link SheetHistory}).
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class MeetingSheets {

    private static final int RECORDABLE_MAX = 5;

    private final EntityManager em;
    private final SheetsConfig config;
    private final SheetRules rules;
    private final SheetCheckers checkers;
    private final SheetHistory history;
    private final SheetViews views;
    private final SheetPrefill prefill;
    private final SheetEntries entries;
    private final SheetConfirmation confirmation;
    private final SheetCorrections corrections;
    private final SheetFlags flags;

    public MeetingSheets(EntityManager em, SheetsConfig config, SheetRules rules, SheetCheckers checkers,
                         SheetHistory history, SheetViews views, SheetPrefill prefill, SheetEntries entries,
                         SheetConfirmation confirmation, SheetCorrections corrections, SheetFlags flags) {
        this.em = em;
        this.config = config;
        this.rules = rules;
        this.checkers = checkers;
        this.history = history;
        this.views = views;
        this.prefill = prefill;
        this.entries = entries;
        this.confirmation = confirmation;
        this.corrections = corrections;
        this.flags = flags;
    }

    /**
     * The group's meetings a bookkeeper may record: dated today (in the group's zone) or in the last
     * {@code sakhiline.sheets.recent-days} days, SCHEDULED or HELD, without a CONFIRMED sheet; newest first, at most 5.
     */
    @Transactional(TxType.SUPPORTS)
    public List<RecordableMeeting> recordable(long shgId, Instant now) {
        ShgProfile profile = ShgProfile.findById(shgId);
        if (profile == null) {
            throw new NotFoundException("SHG", shgId);
        }
        LocalDate today = LocalDate.ofInstant(now, profile.zone());
        List<?> rows = em.createNativeQuery("SELECT m.id, m.meeting_date, s.status FROM meeting m"
                        + " LEFT JOIN meeting_sheet s ON s.meeting_id = m.id WHERE m.shg_id = ?1"
                        + " AND m.meeting_date BETWEEN ?2 AND ?3 AND m.status IN ('SCHEDULED', 'HELD')"
                        + " AND (s.status IS NULL OR s.status <> 'CONFIRMED') ORDER BY m.meeting_date DESC")
                .setParameter(1, shgId).setParameter(2, today.minusDays(config.recentDays())).setParameter(3, today)
                .setMaxResults(RECORDABLE_MAX).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new RecordableMeeting(num(r[0]), SqlValues.date(r[1]),
                r[2] == null ? null : SheetStatus.valueOf((String) r[2]))).toList();
    }

    /**
     * The meeting's sheet, opened (DRAFT, prefilled) if it has none. Idempotent and race-safe: two openers
     * get the same sheet. The meeting must not be cancelled or in the future (checked when the sheet is created).
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public SheetView open(long meetingId, SheetActor actor, Instant now) {
        long sheetId = QuarkusTransaction.requiringNew().call(() -> prefill.openOrFind(meetingId, actor, now));
        return QuarkusTransaction.requiringNew().call(() -> views.build(sheetId));
    }

    /**
     * The sheet {@link #open} would create for this meeting now (sheet id 0, version 0, nothing written), or the
     * stored sheet when there is one: USSD shows it on every screen and writes only when she enters a line.
     */
    @Transactional(TxType.SUPPORTS)
    public SheetView prefill(long meetingId, Instant now) {
        return forMeeting(meetingId).orElseGet(() -> prefill.wouldBe(meetingId, now));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<SheetView> forMeeting(long meetingId) {
        List<?> ids = em.createNativeQuery("SELECT id FROM meeting_sheet WHERE meeting_id = ?1").setParameter(1, meetingId)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(views.build(num(ids.get(0))));
    }

    /** 404 when there is no such sheet. */
    @Transactional(TxType.SUPPORTS)
    public SheetView view(long sheetId) {
        return views.build(sheetId);
    }

    /** One member's line (the bookkeeper on USSD): DRAFT only, bumps the version. */
    public SheetView recordLine(long sheetId, long memberId, LineEntry entry, SheetActor actor) {
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        checkers.requireMaker(sheet.shgId(), actor);
        SheetRules.requireDraft(sheet);
        entries.apply(sheet, memberId, entry);
        sheet.bump(em);
        history.record(sheet, SheetHistory.SAVED, actor, memberId, SheetEntries.describe(entry));
        return views.build(sheetId);
    }

    /**
     * A console/API save of several lines and the cash counted, made from {@code expectedVersion}: refused
     * with 409 {@code stale-version} when someone saved in between (nothing of either save is lost).
     */
    public SheetView save(long sheetId, long expectedVersion, List<SheetEdit> edits, Long cashCountedPaise, SheetActor actor) {
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        checkers.requireMaker(sheet.shgId(), actor);
        SheetRules.requireDraft(sheet);
        EditVersions.require(expectedVersion, sheet.version(), "meeting sheet");
        List<SheetEdit> list = edits == null ? List.of() : edits;
        Set<Long> seen = new HashSet<>();
        for (SheetEdit edit : list) {
            if (edit == null || !seen.add(edit.memberId())) {
                throw new InvalidInputException("lines", "name each member at most once");
            }
            entries.apply(sheet, edit.memberId(), edit.entry());
        }
        rules.checkCash(cashCountedPaise);
        if (cashCountedPaise != null) {
            writeCash(sheet, cashCountedPaise);
        }
        sheet.bump(em);
        history.record(sheet, SheetHistory.SAVED, actor, list.size() == 1 ? list.get(0).memberId() : null,
                list.size() + " line(s)" + (cashCountedPaise == null ? "" : ", cash counted Rs " + cashCountedPaise / 100));
        return views.build(sheetId);
    }

    /** The cash counted at the end (the bookkeeper's summary screen). */
    public SheetView setCashCounted(long sheetId, long cashCountedPaise, SheetActor actor) {
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        checkers.requireMaker(sheet.shgId(), actor);
        SheetRules.requireDraft(sheet);
        rules.checkCash(cashCountedPaise);
        writeCash(sheet, cashCountedPaise);
        sheet.bump(em);
        history.record(sheet, SheetHistory.SAVED, actor, null, "cash counted Rs " + cashCountedPaise / 100);
        return views.build(sheetId);
    }

    /** DRAFT → SUBMITTED: every line entered and the cash counted. */
    public SheetView submit(long sheetId, SheetActor actor) {
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        checkers.requireMaker(sheet.shgId(), actor);
        SheetRules.requireDraft(sheet);
        long notEntered = num(em.createNativeQuery("SELECT COUNT(*) FROM meeting_sheet_line WHERE sheet_id = ?1"
                + " AND attendance IS NULL").setParameter(1, sheetId).getSingleResult());
        if (notEntered > 0 || sheet.cashCountedPaise() == null) {
            throw new BusinessRuleException(SheetRules.SHEET_INCOMPLETE, notEntered > 0
                    ? notEntered + " member(s) not entered yet" : "the cash counted is not entered yet");
        }
        em.createNativeQuery("UPDATE meeting_sheet SET status = 'SUBMITTED', rejected_reason = NULL WHERE id = ?1")
                .setParameter(1, sheetId).executeUpdate();
        sheet.bump(em);
        history.record(sheet, SheetHistory.SUBMITTED, actor, null, null);
        return views.build(sheetId);
    }

    /** Posts a SUBMITTED sheet (see {@link SheetConfirmation}); a repeat answers {@code alreadyConfirmed}. */
    public ConfirmResult confirm(long sheetId, SheetActor checker, Instant now) {
        return confirmation.confirm(sheetId, checker, now);
    }

    /** SUBMITTED → DRAFT with a reason, by a checker. */
    public SheetView reject(long sheetId, String reason, SheetActor checker) {
        String why = SheetRules.reason(reason);
        LockedSheet sheet = LockedSheet.lock(em, sheetId);
        checkers.requireChecker(sheet, checker);
        if (sheet.status() != SheetStatus.SUBMITTED) {
            throw new BusinessRuleException(SheetRules.SHEET_NOT_SUBMITTED, "only a submitted sheet can be rejected");
        }
        em.createNativeQuery("UPDATE meeting_sheet SET status = 'DRAFT', rejected_reason = ?1 WHERE id = ?2")
                .setParameter(1, why).setParameter(2, sheetId).executeUpdate();
        sheet.bump(em);
        history.record(sheet, SheetHistory.REJECTED, checker, null, why);
        return views.build(sheetId);
    }

    /** Staff correct one member's line of a CONFIRMED sheet: reversal rows, new postings, a new receipt. */
    public SheetView correct(long sheetId, long memberId, LineEntry corrected, String reason, SheetActor staff, Instant now) {
        return corrections.correct(sheetId, memberId, corrected, reason, staff, now);
    }

    /** A member's WRONG reply: flags her latest confirmed sheet within the window; changes no money. */
    public Optional<SheetFlag> flagWrong(long memberId, String inboundRef, String text, Instant at) {
        return flags.flagWrong(memberId, inboundRef, text, at);
    }

    /** SUBMITTED sheets in these units (null = all), oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<SheetSummary> awaitingConfirmation(List<Long> orgUnitIds, int limit) {
        return views.byStatus(SheetStatus.SUBMITTED, orgUnitIds, null, bounded(limit));
    }

    /** The group's SUBMITTED sheets (the leader's USSD list). */
    @Transactional(TxType.SUPPORTS)
    public List<SheetSummary> submittedForShg(long shgId) {
        return views.byStatus(SheetStatus.SUBMITTED, null, shgId, RECORDABLE_MAX);
    }

    @Transactional(TxType.SUPPORTS)
    public List<SheetSummary> flagged(List<Long> orgUnitIds, int limit) {
        return views.flagged(orgUnitIds, bounded(limit));
    }

    @Transactional(TxType.SUPPORTS)
    public List<SheetFlag> flags(long sheetId) {
        return flags.of(sheetId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<SheetEvent> history(long sheetId) {
        return history.of(sheetId);
    }

    @Transactional(TxType.SUPPORTS)
    public boolean isMaker(long sheetId, String actor) {
        return checkers.isMaker(sheetId, actor);
    }

    private void writeCash(LockedSheet sheet, long cashPaise) {
        em.createNativeQuery("UPDATE meeting_sheet SET cash_counted_paise = ?1 WHERE id = ?2")
                .setParameter(1, cashPaise).setParameter(2, sheet.id()).executeUpdate();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, 500));
    }
}
