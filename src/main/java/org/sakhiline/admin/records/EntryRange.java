package org.sakhiline.admin.records;

import io.quarkus.panache.common.Page;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.savings.SavingsTxn;

/**
 * Which of a member's savings entries her page lists: all of them newest first ({@link #LATEST}), or those
 * whose value date (the meeting day the entry is for) falls between {@code from} and {@code to}, inclusive.
 * Either bound may be open. Dates that do not parse are dropped, so a hand-edited link shows more, not an error.
 */
public record EntryRange(LocalDate from, LocalDate to) {

    public static final EntryRange LATEST = new EntryRange(null, null);

    public static EntryRange parse(String from, String to) {
        LocalDate start = ConsoleText.lenientDate(from);
        LocalDate end = ConsoleText.lenientDate(to);
        if (start != null && end != null && end.isBefore(start)) {
            return new EntryRange(end, start);
        }
        return new EntryRange(start, end);
    }

    public boolean narrowed() {
        return from != null || to != null;
    }

    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from == null ? "" : from.toString());
        p.put("to", to == null ? "" : to.toString());
        return p;
    }

    List<SavingsTxn> entries(long memberId, int page, int size) {
        return SavingsTxn.<SavingsTxn>find("memberId = ?1" + bounds() + " order by id desc",
                args(memberId)).page(Page.of(page, size)).list();
    }

    long count(long memberId) {
        return SavingsTxn.count("memberId = ?1" + bounds(), args(memberId));
    }

    private String bounds() {
        return (from == null ? "" : " and valueDate >= ?2") + (to == null ? "" : from == null ? " and valueDate <= ?2"
                : " and valueDate <= ?3");
    }

    private Object[] args(long memberId) {
        if (from != null && to != null) {
            return new Object[] {memberId, from, to};
        }
        if (from != null || to != null) {
            return new Object[] {memberId, from != null ? from : to};
        }
        return new Object[] {memberId};
    }
}
