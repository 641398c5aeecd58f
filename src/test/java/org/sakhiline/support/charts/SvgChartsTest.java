package org.sakhiline.support.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The charts' SVG: well-formed, an accessible image with title and description, one mark per value, numbers in full. */
class SvgChartsTest {

    private static final Chart MONTHS = Chart.of("c1", "Savings & loans <by month>", "Savings rose.",
            List.of("Jan 26", "Feb 26", "Mar 26"),
            List.of(new ChartSeries("Savings", List.of(1_25_300_00L, 2_00_000_00L, 12_50_000_00L)),
                    new ChartSeries("Loans", List.of(0L, 50_000_00L, 75_000_00L))),
            v -> AxisAmounts.rupees(v, false), v -> org.sakhiline.support.i18n.Money.format(v, "hi"));

    @Test
    void aLineChartIsAnAccessibleWellFormedImage() throws Exception {
        Document svg = parse(SvgCharts.line(MONTHS));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("c1-title c1-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Savings & loans <by month>", svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("c1-title", ((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id"));
        assertEquals("Savings rose.", svg.getElementsByTagName("desc").item(0).getTextContent());
        assertEquals(2, svg.getElementsByTagName("polyline").getLength(), "one line per series");
        assertEquals(3, svg.getElementsByTagName("circle").getLength(), "a round marker per point of the first series");
        assertEquals(3, svg.getElementsByTagName("rect").getLength(), "a square marker per point of the second");
        assertTrue(text(svg).contains("Mar 26"), text(svg));
        assertTrue(text(svg).contains("Rs 5 L | Rs 10 L | Rs 15 L"), "axis in round lakhs: " + text(svg));
    }

    @Test
    void barsAreOnePerValueAndScaledToTheLargest() throws Exception {
        Chart c = Chart.of("c2", "Messages", "Delivered and failed.", List.of("1 Dec", "8 Dec"),
                List.of(new ChartSeries("Delivered", List.of(10L, 40L)), new ChartSeries("Failed", List.of(0L, 5L))),
                Long::toString, Long::toString);
        Document svg = parse(SvgCharts.bars(c));
        var rects = svg.getElementsByTagName("rect");
        assertEquals(4, rects.getLength());
        double tallest = 0;
        double zero = -1;
        for (int i = 0; i < rects.getLength(); i++) {
            double h = Double.parseDouble(((Element) rects.item(i)).getAttribute("height"));
            tallest = Math.max(tallest, h);
            if (i == 2) {
                zero = h;
            }
        }
        assertEquals(0.0, zero, "a zero is no bar");
        assertEquals(tallest, Double.parseDouble(((Element) rects.item(1)).getAttribute("height")), "40 is the tallest");
    }

    @Test
    void horizontalBarsNameEachRowAndDrawTheThreshold() throws Exception {
        Chart c = Chart.of("c3", "PAR30 by VO", "Two VOs.", List.of("Durga VO", "A very long village organisation name"),
                List.of(new ChartSeries("PAR30", List.of(1250L, 300L))), AxisAmounts::percent, AxisAmounts::percent)
                .withReference(500, "Limit 5%");
        Document svg = parse(SvgCharts.horizontalBars(c));
        String text = text(svg);
        assertTrue(text.contains("Durga VO") && text.contains("12.5%") && text.contains("3%") && text.contains("Limit 5%"), text);
        assertTrue(text.contains("A very long vill…"), "long names are shortened in the drawing: " + text);
        assertEquals(1, svg.getElementsByTagName("line").getLength(), "the threshold line");
    }

    @Test
    void theTableCarriesEveryNumberInFull() {
        List<Chart.Row> rows = MONTHS.rows();
        assertEquals(3, rows.size());
        assertEquals("Mar 26", rows.get(2).label());
        assertEquals(List.of("Rs 12,50,000", "Rs 75,000"), rows.get(2).cells());
        assertEquals(List.of("Savings", "Loans"), MONTHS.seriesNames());
    }

    @Test
    void aSeriesOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Chart.of("x", "t", "d", List.of("a", "b"),
                List.of(new ChartSeries("s", List.of(1L))), Long::toString, Long::toString));
    }

    @Test
    void axisAmountsUseLakhAndCrore() {
        assertEquals("Rs 0", AxisAmounts.rupees(0, false));
        assertEquals("Rs 500", AxisAmounts.rupees(500_00, false));
        assertEquals("Rs 45K", AxisAmounts.rupees(45_000_00, false));
        assertEquals("Rs 12.5 L", AxisAmounts.rupees(12_50_000_00L, false));
        assertEquals("Rs 1.25 Cr", AxisAmounts.rupees(1_25_00_000_00L, false));
        assertEquals("Rs 1.25M", AxisAmounts.rupees(1_250_000_00L, true));
        assertEquals("12.5%", AxisAmounts.percent(1250));
        assertEquals("0%", AxisAmounts.percent(0));
        assertEquals(200, SvgCharts.niceStep(150));
        assertEquals(5_000_000, SvgCharts.niceStep(3_100_000));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document d) {
        StringBuilder b = new StringBuilder();
        var texts = d.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            b.append(texts.item(i).getTextContent()).append(" | ");
        }
        return b.toString();
    }
}
