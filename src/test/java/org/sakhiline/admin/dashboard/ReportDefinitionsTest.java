package org.sakhiline.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sakhiline.reports.dcb.DcbReport;
import org.sakhiline.reports.grading.PanchasutraGrading;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.ratios.RatiosReport;

/**
 * The report pages show each report's definitions from the bundle: the English there must say what the report's own
 * list says (a changed definition fails here until the bundle follows), and Hindi and Urdu must have a line for each.
 */
class ReportDefinitionsTest {

    private static final Map<String, List<String>> REPORTS = Map.of(
            "rep_defs_par", ParReport.DEFINITIONS, "rep_defs_dcb", DcbReport.DEFINITIONS,
            "rep_defs_ratios", RatiosReport.DEFINITIONS, "rep_defs_grading", PanchasutraGrading.DEFINITIONS);

    @Test
    void theEnglishBundleSaysWhatTheReportsSay() {
        assertEquals(ParReport.DEFINITIONS, lines(BookDefinitions.PAR));
        assertEquals(DcbReport.DEFINITIONS, lines(BookDefinitions.DCB));
        assertEquals(RatiosReport.DEFINITIONS, lines(BookDefinitions.RATIOS));
        assertEquals(PanchasutraGrading.DEFINITIONS, lines(BookDefinitions.GRADING));
    }

    @Test
    void hindiAndUrduHaveALineForEveryDefinition() throws IOException {
        for (String lang : List.of("hi", "ur")) {
            Properties p = new Properties();
            try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream("messages/bkp_" + lang
                    + ".properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (Map.Entry<String, List<String>> e : REPORTS.entrySet()) {
                assertEquals(e.getValue().size(), lines(p.getProperty(e.getKey())).size(), lang + " " + e.getKey());
            }
        }
    }

    private static List<String> lines(String joined) {
        return List.of(joined.split(" \\|\\| "));
    }
}
