package org.sakhiline.admin.flows;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts by longest common subsequence, with unchanged runs far from any change
 * folded away. Flow files are a few hundred lines; common head and tail are trimmed before the
 * quadratic part, so an edit of a few lines costs almost nothing.
 */
public final class LineDiff {

    public enum Kind { SAME, ADDED, REMOVED, SKIPPED }

    /**
     * One line of the diff. {@code oldNo}/{@code newNo} are 1-based line numbers (0 where the line does not
     * exist on that side); a SKIPPED line stands for {@code skipped} unchanged lines.
     */
    public record Line(Kind kind, String text, int oldNo, int newNo, int skipped) {
        public String sign() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "-";
                default -> " ";
            };
        }

        public boolean fold() {
            return kind == Kind.SKIPPED;
        }

        public String cssClass() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {}

    private static List<Line> replaced(String[] a, String[] b, int head, int tail) {
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            out.add(new Line(Kind.SAME, a[k], k + 1, k + 1, 0));
        }
        for (int k = head; k < a.length - tail; k++) {
            out.add(new Line(Kind.REMOVED, a[k], k + 1, 0, 0));
        }
        for (int k = head; k < b.length - tail; k++) {
            out.add(new Line(Kind.ADDED, b[k], 0, k + 1, 0));
        }
        for (int k = 0; k < tail; k++) {
            out.add(new Line(Kind.SAME, a[a.length - tail + k], a.length - tail + k + 1, b.length - tail + k + 1, 0));
        }
        return out;
    }

    /** Every line of both texts in order, marked same, added or removed. */
    public static List<Line> diff(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        if ((long) n * m > MAX_CELLS) {
            // Nothing like a flow file: show the middle as replaced rather than spend the memory.
            return replaced(a, b, head, tail);
        }
        // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..] within the middle part
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            out.add(new Line(Kind.SAME, a[k], k + 1, k + 1, 0));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i].equals(b[head + j])) {
                out.add(new Line(Kind.SAME, a[head + i], head + i + 1, head + j + 1, 0));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // removals before additions: a changed line reads "-old" then "+new"
                out.add(new Line(Kind.REMOVED, a[head + i], head + i + 1, 0, 0));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, b[head + j], 0, head + j + 1, 0));
                j++;
            }
        }
        for (int k = 0; k < tail; k++) {
            out.add(new Line(Kind.SAME, a[a.length - tail + k], a.length - tail + k + 1, b.length - tail + k + 1, 0));
        }
        return out;
    }

    /** The diff with unchanged lines more than {@code context} lines from a change folded into one SKIPPED line. */
    public static List<Line> folded(List<Line> diff, int context) {
        boolean[] keep = new boolean[diff.size()];
        for (int k = 0; k < diff.size(); k++) {
            if (diff.get(k).kind() != Kind.SAME) {
                for (int c = Math.max(0, k - context); c <= Math.min(diff.size() - 1, k + context); c++) {
                    keep[c] = true;
                }
            }
        }
        List<Line> out = new ArrayList<>();
        int skipped = 0;
        for (int k = 0; k < diff.size(); k++) {
            if (keep[k]) {
                if (skipped > 0) {
                    out.add(new Line(Kind.SKIPPED, "", 0, 0, skipped));
                    skipped = 0;
                }
                out.add(diff.get(k));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            out.add(new Line(Kind.SKIPPED, "", 0, 0, skipped));
        }
        return out;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() == Kind.ADDED || l.kind() == Kind.REMOVED);
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.split("\n", -1);
    }
}
