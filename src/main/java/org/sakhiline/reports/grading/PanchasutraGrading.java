package org.sakhiline.reports.grading;

import static org.sakhiline.reports.Cells.date;
import static org.sakhiline.reports.Cells.num;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.reports.LoanBook;
import org.sakhiline.reports.ReportTree;
import org.sakhiline.reports.ReportUnit;
import org.sakhiline.reports.ReportsConfig;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Grades groups from their books (rules in {@link SutraScorer}); keeps every grading in {@code shg_grade}
 * and the latest grade on the group's profile ({@code shg_profile.grade}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanchasutraGrading {

    public static final List<String> DEFINITIONS = List.of(
            "Each sutra is scored 0–100 over the group's last N meetings up to the grading day (N is set by the federation).",
            "Regular meetings: meetings held ÷ meetings in the window (cancelled and unrecorded ones count against).",
            "Regular savings: times a member on the roll saved at a meeting held ÷ members on the roll × meetings held.",
            "Regular inter-loaning: members with a loan from the group's own funds in the window ÷ members; "
                    + "half of the members earns full marks.",
            "Timely repayment: amount of instalments due in the window paid by due date plus grace ÷ amount due "
                    + "(full marks when nothing fell due).",
            "Up-to-date books: meetings held with attendance and at least one entry dated that day ÷ meetings held.",
            "Grade: the average of the five; A from the A threshold up, B from the B threshold up, else C.");

    private final EntityManager em;
    private final ReportsConfig config;

    public PanchasutraGrading(EntityManager em, ReportsConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The grade the books give on {@code asOf}, without keeping it. */
    public GradeCard compute(long shgId, LocalDate asOf) {
        Object[] unit = unit(shgId);
        List<SutraScorer.WindowMeeting> window = window(shgId, asOf);
        LocalDate start = window.isEmpty() ? asOf : window.get(window.size() - 1).day();
        List<SutraScorer.RollMember> roll = roll(shgId);
        LoanBook book = LoanBook.read(em, List.of(shgId));
        List<SutraScore> scores = List.of(SutraScorer.meetings(window), SutraScorer.savings(window, roll, savers(shgId, start, asOf)),
                SutraScorer.interLoaning(book, roll, start, asOf), SutraScorer.repayment(book, start, asOf),
                SutraScorer.books(window));
        int total = scores.stream().mapToInt(SutraScore::score).sum() / scores.size();
        return new GradeCard(shgId, (String) unit[0], (String) unit[1], asOf, window.size(), scores, total,
                SutraScorer.grade(total, config.grading().aMin(), config.grading().bMin()), Instant.now(), null);
    }

    /** Computes, appends to the history and sets the group's current grade; {@code actor} as in PostingContext. */
    @Transactional
    public GradeCard regrade(long shgId, LocalDate asOf, String actor) {
        GradeCard c = compute(shgId, asOf);
        List<String> reasons = c.scores().stream().map(SutraScore::reason).toList();
        Map<Sutra, Integer> by = new HashMap<>();
        c.scores().forEach(s -> by.put(s.sutra(), s.score()));
        em.createNativeQuery("""
                INSERT INTO shg_grade (shg_id, as_of, grade, total_score, meetings_considered, meetings_score, savings_score,
                    inter_loaning_score, repayment_score, books_score, reasons, computed_by, computed_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""")
                .setParameter(1, shgId).setParameter(2, asOf).setParameter(3, c.grade()).setParameter(4, c.total())
                .setParameter(5, c.meetingsConsidered()).setParameter(6, by.get(Sutra.REGULAR_MEETINGS))
                .setParameter(7, by.get(Sutra.REGULAR_SAVINGS)).setParameter(8, by.get(Sutra.REGULAR_INTER_LOANING))
                .setParameter(9, by.get(Sutra.TIMELY_REPAYMENT)).setParameter(10, by.get(Sutra.UP_TO_DATE_BOOKS))
                .setParameter(11, String.join("\n", reasons)).setParameter(12, actor)
                .setParameter(13, Timestamp.from(c.computedAt())).executeUpdate();
        em.createNativeQuery("UPDATE shg_profile SET grade = ?1 WHERE org_unit_id = ?2 AND (grade IS NULL OR grade <> ?1)")
                .setParameter(1, c.grade()).setParameter(2, shgId).executeUpdate();
        return new GradeCard(c.shgId(), c.shgCode(), c.shgName(), asOf, c.meetingsConsidered(), c.scores(), c.total(), c.grade(),
                c.computedAt(), actor);
    }

    /** Newest first. */
    public List<GradeCard> history(long shgId) {
        unit(shgId);
        return cards("WHERE g.shg_id = ?1 ORDER BY g.id DESC", shgId);
    }

    /** The current (latest) card of each group under {@code rootUnitId} (null: all); groups never graded are left out. */
    @Timed(value = "sakhiline.report", extraTags = {"report", "grading"})
    public GradingReport current(Long rootUnitId) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        List<GradeCard> cards = new ArrayList<>();
        List<Long> groups = tree.groupIds();
        for (int i = 0; i < groups.size(); i += 1000) {
            cards.addAll(cards("WHERE g.id IN (SELECT MAX(id) FROM shg_grade WHERE shg_id IN (?1) GROUP BY shg_id) ORDER BY u.code",
                    groups.subList(i, Math.min(groups.size(), i + 1000))));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String g : List.of("A", "B", "C")) {
            counts.put(g, (int) cards.stream().filter(c -> c.grade().equals(g)).count());
        }
        return new GradingReport(tree.root(), cards, counts, DEFINITIONS);
    }

    /** Every group of the subtree (null: all), one transaction each; the nightly job runs it under its lease. */
    public int regradeAll(Long rootUnitId, LocalDate asOf, String actor) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        for (long shg : tree.groupIds()) {
            regrade(shg, asOf, actor);   // its own transaction: one group's failure or lock wait never holds the others
        }
        return tree.groupIds().size();
    }

    private List<GradeCard> cards(String where, Object param) {
        List<?> rows = em.createNativeQuery("""
                SELECT g.shg_id, u.code, u.name, g.as_of, g.meetings_considered, g.meetings_score, g.savings_score,
                       g.inter_loaning_score, g.repayment_score, g.books_score, g.reasons, g.total_score, g.grade,
                       g.computed_at, g.computed_by
                FROM shg_grade g JOIN org_unit u ON u.id = g.shg_id""" + " " + where).setParameter(1, param).getResultList();
        List<GradeCard> out = new ArrayList<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            String[] reasons = ((String) c[10]).split("\n", -1);
            List<SutraScore> scores = new ArrayList<>();
            Sutra[] sutras = Sutra.values();
            for (int i = 0; i < sutras.length; i++) {
                scores.add(new SutraScore(sutras[i], (int) num(c[5 + i]), i < reasons.length ? reasons[i] : ""));
            }
            Object at = c[13];
            Instant computedAt = at instanceof Timestamp t ? t.toInstant()
                    : at instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC) : (Instant) at;
            out.add(new GradeCard(num(c[0]), (String) c[1], (String) c[2], date(c[3]), (int) num(c[4]),
                    Collections.unmodifiableList(scores), (int) num(c[11]), String.valueOf(c[12]), computedAt, (String) c[14]));
        }
        return out;
    }

    private Object[] unit(long shgId) {
        List<?> rows = em.createNativeQuery("SELECT code, name, level FROM org_unit WHERE id = ?1").setParameter(1, shgId)
                .getResultList();
        if (rows.isEmpty() || !(("SHG".equals(((Object[]) rows.get(0))[2])) || "CO".equals(((Object[]) rows.get(0))[2]))) {
            throw new NotFoundException("group", shgId);
        }
        return (Object[]) rows.get(0);
    }

    /** The group's last N meetings on or before {@code asOf}, newest first. */
    private List<SutraScorer.WindowMeeting> window(long shgId, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("""
                SELECT mt.meeting_date, mt.status,
                       (SELECT COUNT(*) FROM meeting_attendance a WHERE a.meeting_id = mt.id),
                       EXISTS (SELECT 1 FROM member m JOIN savings_txn t ON t.member_id = m.id
                               WHERE m.shg_id = mt.shg_id AND t.value_date = mt.meeting_date)
                       OR EXISTS (SELECT 1 FROM member m JOIN loan l ON l.member_id = m.id JOIN loan_repayment r ON r.loan_id = l.id
                               WHERE m.shg_id = mt.shg_id AND r.value_date = mt.meeting_date)
                FROM meeting mt WHERE mt.shg_id = ?1 AND mt.meeting_date <= ?2 ORDER BY mt.meeting_date DESC LIMIT ?3""")
                .setParameter(1, shgId).setParameter(2, asOf).setParameter(3, config.grading().meetings()).getResultList();
        List<SutraScorer.WindowMeeting> out = new ArrayList<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            out.add(new SutraScorer.WindowMeeting(date(c[0]), (String) c[1], (int) num(c[2]), num(c[3]) != 0));
        }
        return out;
    }

    private List<SutraScorer.RollMember> roll(long shgId) {
        List<SutraScorer.RollMember> out = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT id, joined_on, exited_on FROM member WHERE shg_id = ?1")
                .setParameter(1, shgId).getResultList()) {
            Object[] c = (Object[]) r;
            out.add(new SutraScorer.RollMember(num(c[0]), date(c[1]), date(c[2])));
        }
        return out;
    }

    /** For each day in the window, the members with a deposit value-dated that day (net of reversals). */
    private Map<LocalDate, Set<Long>> savers(long shgId, LocalDate from, LocalDate to) {
        Map<LocalDate, Set<Long>> out = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                SELECT t.value_date, t.member_id FROM member m JOIN savings_txn t ON t.member_id = m.id
                WHERE m.shg_id = ?1 AND t.value_date BETWEEN ?2 AND ?3 GROUP BY t.value_date, t.member_id
                HAVING SUM(CASE WHEN t.type <> 'WITHDRAWAL' THEN t.amount_paise ELSE 0 END) > 0""")
                .setParameter(1, shgId).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] c = (Object[]) r;
            out.computeIfAbsent(date(c[0]), k -> new HashSet<>()).add(num(c[1]));
        }
        return out;
    }

    /** The tree root's unit, for pages that show a grading report's heading. */
    public ReportUnit root(Long rootUnitId) {
        return ReportTree.load(em, rootUnitId).root();
    }
}
