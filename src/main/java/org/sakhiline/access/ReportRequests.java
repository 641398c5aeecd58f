package org.sakhiline.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * What a report request (console or API) means for the signed-in reader: the root unit she may see (her
 * scope's root when she names none; a 403 for a unit outside it) and the dates, read in the root's own
 * time zone (India Standard Time, or Pakistan Standard Time for a Pakistani unit) when she gives none.
 */
@RequestScoped
public class ReportRequests {

    /** A period, both ends included. */
    public record Period(LocalDate from, LocalDate to) {}

    /** Longest period a report covers in one request: a stranger's ten-year range would read every row. */
    static final int MAX_DAYS = 366;

    private final AccessScope scope;
    private final EntityManager em;

    public ReportRequests(AccessScope scope, EntityManager em) {
        this.scope = scope;
        this.em = em;
    }

    /** The report's root: {@code unit} when in scope, else her scope's root (null for an administrator: everything). */
    public Long root(Long unit) {
        if (unit == null) {
            return scope.scopeRoot();
        }
        scope.requireUnit(unit);
        return unit;
    }

    /** The time zone a report on {@code root} counts days in. */
    public ZoneId zone(Long root) {
        if (root == null) {
            return ZoneId.of("Asia/Kolkata");
        }
        List<?> rows = em.createNativeQuery("""
                SELECT COALESCE(p.time_zone, CASE WHEN u.country = 'PK' THEN 'Asia/Karachi' ELSE 'Asia/Kolkata' END)
                FROM org_unit u LEFT JOIN shg_profile p ON p.org_unit_id = u.id WHERE u.id = ?1""").setParameter(1, root)
                .getResultList();
        return ZoneId.of(rows.isEmpty() ? "Asia/Kolkata" : (String) rows.get(0));
    }

    public LocalDate today(Long root) {
        return LocalDate.now(zone(root));
    }

    /** {@code value} as a date, or today in the root's zone when blank. */
    public LocalDate day(String value, String parameter, Long root) {
        if (value == null || value.isBlank()) {
            return today(root);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "must be a date like 2026-11-30");
        }
    }

    /** A month ({@code 2026-11}), or from/to, or the current month in the root's zone when none is given. */
    public Period period(String month, String from, String to, Long root) {
        if (month != null && !month.isBlank()) {
            try {
                YearMonth m = YearMonth.parse(month.strip());
                return new Period(m.atDay(1), m.atEndOfMonth());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("month", "must be a month like 2026-11");
            }
        }
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            YearMonth m = YearMonth.from(today(root));
            return new Period(m.atDay(1), m.atEndOfMonth());
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new InvalidInputException(from == null || from.isBlank() ? "from" : "to", "give both from and to, or a month");
        }
        LocalDate f = day(from, "from", root);
        LocalDate t = day(to, "to", root);
        if (t.isBefore(f)) {
            throw new InvalidInputException("to", "must be on or after from");
        }
        if (f.plusDays(MAX_DAYS).isBefore(t)) {
            throw new InvalidInputException("to", "a period is at most a year");
        }
        return new Period(f, t);
    }
}
