package org.sakhiline.reports.par;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import static org.sakhiline.reports.Cells.num;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.Cells;
import org.sakhiline.reports.ReportLines;
import org.sakhiline.reports.ReportTree;

/**
 * Portfolio at risk on any date, from the ledger: what is unpaid on a date is what is unpaid now (the
 * instalments' paid caches) plus what was allocated by repayments value-dated after it, so a report for
 * today reads no allocation at all and one for last month reads only the allocations since.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortfolioAtRisk {

    private final EntityManager em;

    public PortfolioAtRisk(EntityManager em) {
        this.em = em;
    }

    /** PAR for the subtree under {@code rootUnitId} (null: everything) on {@code asOf}, per line and fund source. */
    public ParReport report(Long rootUnitId, LocalDate asOf) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        ReportLines<ParFigures> lines = new ReportLines<>(tree, () -> ParFigures.ZERO);
        List<?> rows = tree.bind(em.createNativeQuery("""
                SELECT k, fund, SUM(outst), SUM(CASE WHEN days > 30 THEN outst ELSE 0 END),
                       SUM(CASE WHEN days > 60 THEN outst ELSE 0 END), SUM(CASE WHEN days > 90 THEN outst ELSE 0 END),
                       SUM(overdue), COUNT(*), SUM(CASE WHEN days > 30 THEN 1 ELSE 0 END)
                FROM (""" + perLoan(tree.keyColumn() + " AS k", tree.memberFilter()) + """
                ) t WHERE outst > 0 GROUP BY k, fund""")).setParameter("asOf", Date.valueOf(asOf)).getResultList();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            lines.add(num(c[0]), FundSource.valueOf((String) c[1]), new ParFigures(num(c[2]), num(c[3]), num(c[4]), num(c[5]),
                    num(c[6]), (int) num(c[7]), (int) num(c[8])));
        }
        return new ParReport(tree.root(), asOf, lines.total(), lines.lines(), ParReport.DEFINITIONS);
    }

    /**
     * Loans of the subtree more than {@code minDaysOverdue} days overdue on {@code asOf} (0: every loan with
     * anything overdue), most overdue first.
     */
    public List<ParLoan> loansAtRisk(Long rootUnitId, LocalDate asOf, int minDaysOverdue) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        List<?> rows = tree.bind(em.createNativeQuery("""
                SELECT t.loan_id, m.id, m.member_no, m.name, u.id, u.code, t.fund, l.disbursal_date, l.principal_paise,
                       t.outst, t.overdue, t.oldest, t.days
                FROM (""" + perLoan("m.shg_id AS k", tree.memberFilter()) + """
                ) t JOIN loan l ON l.id = t.loan_id JOIN member m ON m.id = l.member_id JOIN org_unit u ON u.id = m.shg_id
                WHERE t.outst > 0 AND t.days > :minDays
                ORDER BY t.days DESC, t.loan_id""")).setParameter("asOf", Date.valueOf(asOf))
                .setParameter("minDays", Math.max(0, minDaysOverdue)).getResultList();
        List<ParLoan> out = new ArrayList<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            out.add(new ParLoan(num(c[0]), num(c[1]), (int) num(c[2]), (String) c[3], num(c[4]), (String) c[5],
                    FundSource.valueOf((String) c[6]), Cells.date(c[7]), num(c[8]), num(c[9]), num(c[10]),
                    Cells.date(c[11]), (int) num(c[12])));
        }
        return out;
    }

    /**
     * One row per loan disbursed by {@code :asOf} that was open on it: principal outstanding, amount overdue,
     * the oldest instalment unpaid and its days overdue (after grace; null when nothing is unpaid).
     */
    private static String perLoan(String keyColumn, String memberFilter) {
        String unpaid = "(i.principal_due_paise + i.charge_due_paise - i.principal_paid_paise - i.charge_paid_paise"
                + " + COALESCE(x.p, 0) + COALESCE(x.c, 0))";
        return "SELECT " + keyColumn + ", l.fund_source AS fund, l.id AS loan_id,"
                + " SUM(i.principal_due_paise - i.principal_paid_paise + COALESCE(x.p, 0)) AS outst,"
                + " SUM(CASE WHEN DATE_ADD(i.due_date, INTERVAL l.grace_days DAY) < :asOf THEN " + unpaid + " ELSE 0 END) AS overdue,"
                + " MIN(CASE WHEN i.due_date <= :asOf AND " + unpaid + " > 0 THEN i.due_date END) AS oldest,"
                + " DATEDIFF(:asOf, MIN(CASE WHEN i.due_date <= :asOf AND " + unpaid + " > 0 THEN i.due_date END))"
                + " - l.grace_days AS days"
                + " FROM loan l JOIN member m ON m.id = l.member_id JOIN loan_instalment i ON i.loan_id = l.id"
                + " LEFT JOIN (" + LATER_ALLOCATIONS + ") x ON x.instalment_id = i.id"
                + " WHERE l.disbursal_date <= :asOf"
                + " AND (l.status = 'ACTIVE' OR l.id IN (SELECT loan_id FROM loan_repayment WHERE value_date > :asOf))"
                + memberFilter
                + " GROUP BY " + keyColumn.substring(0, keyColumn.indexOf(' ')) + ", l.fund_source, l.id, l.grace_days";
    }

    /** Per instalment, what repayments value-dated after {@code :asOf} allocated to it (reversals included, negative). */
    static final String LATER_ALLOCATIONS = """
            SELECT a.instalment_id, SUM(a.principal_paise) AS p, SUM(a.charge_paise) AS c
            FROM loan_repayment r JOIN loan_allocation a ON a.repayment_id = r.id
            WHERE r.value_date > :asOf GROUP BY a.instalment_id""";
}
