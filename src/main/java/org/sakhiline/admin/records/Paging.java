package org.sakhiline.admin.records;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a paged list stands and the links to its neighbours, with the page's filters carried along
 * (URL-encoded here, so templates only print them).
 *
 * @param page 0-based
 */
public record Paging(int page, int size, long total, String previousUrl, String nextUrl) {

    public static Paging of(String path, Map<String, String> filters, int page, int size, long total) {
        String prev = page > 0 ? url(path, filters, page - 1) : null;
        String next = (long) (page + 1) * size < total ? url(path, filters, page + 1) : null;
        return new Paging(page, size, total, prev, next);
    }

    public long firstShown() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastShown() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** 1-based, for people. */
    public int number() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return previousUrl != null;
    }

    public boolean hasNext() {
        return nextUrl != null;
    }

    /** Filters with a value, in the given order, plus the page number. */
    static String url(String path, Map<String, String> filters, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                params.put(k, v);
            }
        });
        params.put("page", Integer.toString(page));
        return path + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, 100_000);
    }
}
