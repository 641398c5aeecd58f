package org.sakhiline.support.charts;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG on the server: no script, no library, readable at 390 px. The drawing is
 * an image to assistive technology ({@code role="img"} named by its {@code <title>} and {@code <desc>}); the page
 * puts the same numbers in a table beside it. Coordinates are in a 340-unit-wide view box, so text keeps about
 * its nominal size on a phone and scales up on a wide screen. Series differ by colour and by dash or marker, not
 * colour alone.
 */
public final class SvgCharts {

    static final int WIDTH = 340;
    private static final int HEIGHT = 210;
    private static final int LEFT = 64;
    private static final int RIGHT = 10;
    private static final int TOP = 26;
    private static final int BOTTOM = 26;
    private static final int ROW = 26;
    private static final int LABEL_COLUMN = 112;
    private static final String[] COLOURS = {"#8a2b5e", "#1f6f8b", "#9a6700"};
    private static final String[] DASHES = {"", " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 3\""};

    private SvgCharts() {}

    /** Lines over the labels (months): one polyline and its markers per series. */
    public static String line(Chart c) {
        StringBuilder svg = open(c, HEIGHT);
        Scale y = Scale.of(c, TOP, HEIGHT - BOTTOM);
        grid(svg, c, y);
        int n = c.labels().size();
        // Points stand in from the plot's edges, so the first and last month labels are not cut off.
        double x0 = LEFT + 14;
        double plot = WIDTH - RIGHT - 18 - x0;
        for (int s = 0; s < c.series().size(); s++) {
            List<Long> values = c.series().get(s).values();
            StringBuilder points = new StringBuilder();
            StringBuilder markers = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double x = x0 + (n == 1 ? plot / 2 : plot * i / (n - 1));
                double yy = y.at(values.get(i));
                points.append(points.isEmpty() ? "" : " ").append(num(x)).append(',').append(num(yy));
                markers.append(s % 2 == 0
                        ? "<circle cx=\"" + num(x) + "\" cy=\"" + num(yy) + "\" r=\"3\"/>"
                        : "<rect x=\"" + num(x - 3) + "\" y=\"" + num(yy - 3) + "\" width=\"6\" height=\"6\"/>");
            }
            svg.append("<g class=\"series s").append(s).append("\" fill=\"").append(colour(s)).append("\">")
                    .append("<polyline fill=\"none\" stroke=\"").append(colour(s)).append("\" stroke-width=\"2\"")
                    .append(DASHES[s % DASHES.length]).append(" points=\"").append(points).append("\"/>")
                    .append(markers).append("</g>");
        }
        xLabels(svg, c, i -> x0 + (n == 1 ? plot / 2 : plot * i / (n - 1)));
        return close(svg, c);
    }

    /** Upright bars, one group per label, one bar per series in the group. */
    public static String bars(Chart c) {
        StringBuilder svg = open(c, HEIGHT);
        Scale y = Scale.of(c, TOP, HEIGHT - BOTTOM);
        grid(svg, c, y);
        int n = c.labels().size();
        int k = c.series().size();
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, n);
        double bar = slot * 0.8 / k;
        for (int s = 0; s < k; s++) {
            svg.append("<g class=\"series s").append(s).append("\" fill=\"").append(colour(s)).append("\">");
            List<Long> values = c.series().get(s).values();
            for (int i = 0; i < n; i++) {
                double x = LEFT + slot * i + slot * 0.1 + bar * s;
                double top = Math.min(y.at(values.get(i)), y.at(0));
                double h = Math.abs(y.at(values.get(i)) - y.at(0));
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(top)).append("\" width=\"")
                        .append(num(bar)).append("\" height=\"").append(num(h)).append("\"")
                        .append(s % 2 == 1 ? " fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"0.5\"" : "").append("/>");
            }
            svg.append("</g>");
        }
        xLabels(svg, c, i -> LEFT + slot * i + slot / 2);
        return close(svg, c);
    }

    /**
     * One row per label (a VO), its name written in full width on the left: long names and many rows stay legible
     * on a phone where upright bars would crowd. The first series only; the reference is a dashed upright line.
     */
    public static String horizontalBars(Chart c) {
        int n = c.labels().size();
        int height = TOP + n * ROW + 6;
        StringBuilder svg = open(c, height);
        List<Long> values = c.series().isEmpty() ? List.of() : c.series().get(0).values();
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        if (c.reference() != null) {
            max = Math.max(max, c.reference());
        }
        double from = LABEL_COLUMN;
        double span = WIDTH - LABEL_COLUMN - 56;
        svg.append("<g class=\"series s0\" fill=\"").append(colour(0)).append("\">");
        for (int i = 0; i < n; i++) {
            double yy = TOP + i * ROW;
            long v = Math.max(0, values.get(i));
            double w = span * v / max;
            svg.append("<text x=\"").append(LABEL_COLUMN - 6).append("\" y=\"").append(num(yy + ROW / 2.0 + 4))
                    .append("\" text-anchor=\"end\" fill=\"#1f2328\">").append(esc(shorten(c.labels().get(i), 17))).append("</text>")
                    .append("<rect x=\"").append(num(from)).append("\" y=\"").append(num(yy + 5)).append("\" width=\"")
                    .append(num(Math.max(w, v > 0 ? 1 : 0))).append("\" height=\"").append(ROW - 10).append("\"/>")
                    .append("<text x=\"").append(num(from + w + 4)).append("\" y=\"").append(num(yy + ROW / 2.0 + 4))
                    .append("\" fill=\"#1f2328\">").append(esc(c.axisFormat().apply(values.get(i)))).append("</text>");
        }
        svg.append("</g>");
        if (c.reference() != null) {
            double x = from + span * c.reference() / max;
            svg.append("<g class=\"reference\"><line x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
                    .append("\" y1=\"").append(TOP - 4).append("\" y2=\"").append(height - 4)
                    .append("\" stroke=\"#b42318\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>")
                    .append("<text x=\"").append(num(Math.min(x, WIDTH - 60))).append("\" y=\"").append(TOP - 8)
                    .append("\" fill=\"#b42318\">").append(esc(c.referenceLabel() == null ? "" : c.referenceLabel()))
                    .append("</text></g>");
        }
        return close(svg, c);
    }

    // --- shared pieces ---------------------------------------------------------------------------------------

    private static StringBuilder open(Chart c, int height) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(c.id()).append("-title ").append(c.id())
                .append("-desc\" font-size=\"11\">")
                .append("<title id=\"").append(c.id()).append("-title\">").append(esc(c.title())).append("</title>")
                .append("<desc id=\"").append(c.id()).append("-desc\">").append(esc(c.description())).append("</desc>");
        if (c.series().size() > 1) {
            legend(svg, c);
        }
        return svg;
    }

    private static String close(StringBuilder svg, Chart c) {
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, Chart c) {
        double x = LEFT;
        svg.append("<g class=\"legend\">");
        for (int s = 0; s < c.series().size(); s++) {
            String name = c.series().get(s).name();
            svg.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x + 16)).append("\" y1=\"10\" y2=\"10\" stroke=\"")
                    .append(colour(s)).append("\" stroke-width=\"").append(s % 2 == 0 ? 3 : 4).append("\"")
                    .append(DASHES[s % DASHES.length]).append("/>")
                    .append("<text x=\"").append(num(x + 20)).append("\" y=\"14\" fill=\"#1f2328\">").append(esc(name)).append("</text>");
            x += 28 + name.length() * 6.2;
        }
        svg.append("</g>");
    }

    private static void grid(StringBuilder svg, Chart c, Scale y) {
        svg.append("<g class=\"grid\" stroke=\"#d8dde3\">");
        for (long t = y.low; t <= y.high; t += y.step) {
            double yy = y.at(t);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(num(yy))
                    .append("\" y2=\"").append(num(yy)).append("\"/>");
        }
        svg.append("</g><g class=\"y-axis\" fill=\"#5b6470\" text-anchor=\"end\">");
        for (long t = y.low; t <= y.high; t += y.step) {
            svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(num(y.at(t) + 4)).append("\">")
                    .append(esc(c.axisFormat().apply(t))).append("</text>");
        }
        if (c.reference() != null) {
            double yy = y.at(c.reference());
            svg.append("</g><g class=\"reference\"><line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(num(yy)).append("\" y2=\"").append(num(yy))
                    .append("\" stroke=\"#b42318\" stroke-dasharray=\"4 3\"/>");
        }
        svg.append("</g>");
    }

    private static void xLabels(StringBuilder svg, Chart c, java.util.function.IntToDoubleFunction xOf) {
        int n = c.labels().size();
        int fit = Math.max(1, (WIDTH - LEFT - RIGHT) / 46);
        int every = (n + fit - 1) / fit;
        svg.append("<g class=\"x-axis\" fill=\"#5b6470\" text-anchor=\"middle\">");
        for (int i = 0; i < n; i++) {
            // The newest point always gets its label: it is the one people look for.
            if ((n - 1 - i) % every == 0) {
                svg.append("<text x=\"").append(num(xOf.applyAsDouble(i))).append("\" y=\"").append(HEIGHT - 8).append("\">")
                        .append(esc(shorten(c.labels().get(i), 8))).append("</text>");
            }
        }
        svg.append("</g>");
    }

    /** A value axis from a round low (0 unless something is negative) to a round high in about four steps. */
    record Scale(long low, long high, long step, double top, double bottom) {
        static Scale of(Chart c, double top, double bottom) {
            long max = 0;
            long min = 0;
            for (ChartSeries s : c.series()) {
                for (long v : s.values()) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
            }
            if (c.reference() != null) {
                max = Math.max(max, c.reference());
            }
            long step = niceStep(Math.max(1, (max - min) / 4));
            long low = Math.floorDiv(min, step) * step;
            long high = Math.max(low + step, -Math.floorDiv(-max, step) * step);
            return new Scale(low, high, step, top, bottom);
        }

        double at(long v) {
            return bottom - (bottom - top) * (double) (v - low) / (high - low);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static long niceStep(long rough) {
        long power = 1;
        while (power <= rough / 10) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String colour(int s) {
        return COLOURS[s % COLOURS.length];
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
