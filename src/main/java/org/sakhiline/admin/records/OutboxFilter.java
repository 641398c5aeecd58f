package org.sakhiline.admin.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.messaging.OutboxChannel;
import org.sakhiline.messaging.OutboxStatus;

/**
 * The outbox list's filters as GET parameters, so a filtered list can be bookmarked and paged. A value that
 * does not parse (a hand-edited link) is dropped, not refused: the list then shows more, never an error page.
 *
 * @param group an org unit code: messages to members (or staff) of that unit and everything below it
 * @param from  first local day shown (in the reader's zone), inclusive
 * @param to    last local day shown, inclusive
 */
public record OutboxFilter(OutboxStatus status, OutboxChannel channel, String group, LocalDate from, LocalDate to) {

    public static OutboxFilter parse(String status, String channel, String group, String from, String to) {
        LocalDate start = ConsoleText.lenientDate(from);
        LocalDate end = ConsoleText.lenientDate(to);
        if (start != null && end != null && end.isBefore(start)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        String code = group == null || group.isBlank() ? null : group.strip();
        return new OutboxFilter(named(OutboxStatus.values(), status), named(OutboxChannel.values(), channel),
                code != null && code.length() <= 32 ? code : null, start, end);
    }

    /** The same filters with another status (the per-status links keep channel, group and dates). */
    public OutboxFilter withStatus(OutboxStatus other) {
        return new OutboxFilter(other, channel, group, from, to);
    }

    /** Query parameters in a stable order, blank ones left out by {@link Paging#url}. */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("status", status == null ? "" : status.name().toLowerCase(Locale.ROOT));
        p.put("channel", channel == null ? "" : channel.name().toLowerCase(Locale.ROOT));
        p.put("group", group == null ? "" : group);
        p.put("from", from == null ? "" : from.toString());
        p.put("to", to == null ? "" : to.toString());
        return p;
    }

    /** The list link for these filters, on its first page. */
    public String url() {
        String url = Paging.url("/admin/outbox", params(), 0);
        return url.endsWith("?page=0") ? "/admin/outbox" : url.replace("&page=0", "");
    }

    public boolean any() {
        return status != null || channel != null || group != null || from != null || to != null;
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
    }
}
