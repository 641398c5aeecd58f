package org.sakhiline.support.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.imports.ImportKind;
import org.sakhiline.books.imports.ImportRequest;
import org.sakhiline.books.imports.SpreadsheetImports;
import org.sakhiline.channel.sms.SignedSms;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.messaging.OutboxTestSupport;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.messaging.PendingMessageGauges;
import org.sakhiline.reminders.ReminderPlanner;
import org.sakhiline.reports.par.PortfolioAtRisk;
import org.sakhiline.testing.AfricasTalkingDialer;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

/**
 * The operations meters as Prometheus scrapes them: a USSD hop, an inbound SMS, an outbox send through the
 * Twilio stub, a reminder planning run, an import check and a report each leave their series on /q/metrics
 * with bounded tags, and no phone number ever appears there.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class MetersTest {

    /** Numbers no fixture uses: an unknown caller on USSD and SMS, and a recipient. */
    private static final String CALLER = "+919800011122";
    private static final String TO = "+919800033344";

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    PendingMessageGauges pending;

    @Inject
    ReminderPlanner planner;

    @Inject
    SpreadsheetImports imports;

    @Inject
    PortfolioAtRisk par;

    @Inject
    EntityManager em;

    @Test
    void everyOperationLeavesItsSeriesWithBoundedTags() throws Exception {
        OutboxTestSupport.clearOutbox(em);
        TwilioApiStub.current().reset();

        String dialIn = new AfricasTalkingDialer(CALLER).dial();
        assertTrue(dialIn.startsWith("CON ") || dialIn.startsWith("END "), dialIn);
        SignedSms.send(CALLER, "BAL");
        OutboxTestSupport.enqueue(outbox, OutgoingMessage.sms(TO, "Meeting tomorrow 10:00").withLanguage("en")
                .withTemplate("meters_test", null));
        assertEquals(1, dispatcher.dispatchOnce());
        long waiting = OutboxTestSupport.enqueue(outbox, OutgoingMessage.sms(TO, "Your savings are Rs 500"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE outbox_message SET next_attempt_at = ?1 WHERE id = ?2")
                .setParameter(1, Instant.now().minus(90, ChronoUnit.SECONDS)).setParameter(2, waiting).executeUpdate());
        pending.refresh();
        planner.plan(Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now());
        Path sheet = Files.createTempFile("meters", ".csv");
        Files.writeString(sheet, "not,the,header\n1,2,3\n");
        imports.run(new ImportRequest(ImportKind.MEMBERS, "members.csv", sheet, "admin", null, true));
        par.report(null, LocalDate.now());

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        Matcher hop = series(metrics, "sakhiline_hop_seconds_count", "gateway=\"africastalking\"");
        assertTrue(hop.find(), "a hop timer for Africa's Talking:\n" + grep(metrics, "sakhiline_hop"));
        assertTrue(Set.of("continue", "end").contains(tag(hop.group(), "outcome")), hop.group());
        assertTrue(tag(hop.group(), "node").matches("[a-z][a-z0-9_]*"), "a node id of the flow: " + hop.group());
        assertTrue(series(metrics, "sakhiline_hop_latency_seconds_bucket", "gateway=\"africastalking\"").find(),
                "hop latency buckets for p99");
        assertTrue(series(metrics, "sakhiline_sms_in_total", "gateway=\"twilio\"").find(), grep(metrics, "sakhiline_sms"));
        assertTrue(series(metrics, "sakhiline_sms_out_total", "kind=\"meters_test\"", "result=\"accepted\"").find(),
                grep(metrics, "sakhiline_sms_out"));
        assertTrue(series(metrics, "sakhiline_outbox_sends_total", "channel=\"SMS\"", "result=\"accepted\"").find(),
                grep(metrics, "sakhiline_outbox"));
        assertTrue(series(metrics, "sakhiline_provider_request_seconds_count", "provider=\"twilio\"",
                "resource=\"Messages\"", "status=\"2xx\"").find(), grep(metrics, "sakhiline_provider"));
        assertTrue(value(metrics, "sakhiline_outbox_depth", "channel=\"SMS\"", "status=\"PENDING\"") >= 1, grep(metrics, "depth"));
        assertTrue(value(metrics, "sakhiline_outbox_oldest_due_age_seconds", "channel=\"SMS\"") >= 90,
                grep(metrics, "oldest"));
        assertTrue(series(metrics, "sakhiline_reminders_planned_total").find(), grep(metrics, "reminders"));
        assertTrue(series(metrics, "sakhiline_reminders_plan_seconds_count").find(), grep(metrics, "reminders"));
        assertTrue(series(metrics, "sakhiline_import_seconds_count", "kind=\"members\"", "mode=\"check\"",
                "result=\"refused\"").find(), grep(metrics, "sakhiline_import"));
        assertTrue(series(metrics, "sakhiline_report_seconds_count", "report=\"par\"").find(), grep(metrics, "sakhiline_report"));
        assertTrue(metrics.contains("agroal_active_count{datasource=\"hops\""), "pool meters of the hop datasource");
        assertTrue(metrics.contains("agroal_active_count{datasource=\"default\""), "pool meters of the default datasource");

        for (String phone : new String[] {CALLER, TO}) {
            assertFalse(metrics.contains(phone.substring(1)), "a phone number in a tag");
        }
        everyMetricOfTheDashboardIsExposed(metrics);
    }

    /** The Grafana dashboard's PromQL names only series this service exposes (after the operations above). */
    private static void everyMetricOfTheDashboardIsExposed(String metrics) throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("deployment/grafana/sakhiline-dashboard.json").toFile());
        Pattern name = Pattern.compile("\\b(sakhiline_[a-z0-9_]+|agroal_[a-z0-9_]+|http_server_[a-z0-9_]+|process_[a-z0-9_]+|jvm_[a-z0-9_]+)\\b");
        Set<String> used = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher m = name.matcher(target.get("expr").asText());
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 15, "the dashboard's metrics: " + used);
        List<String> missing = new ArrayList<>();
        for (String metric : used) {
            if (!Pattern.compile("(?m)^" + Pattern.quote(metric) + "[{ ]").matcher(metrics).find()) {
                missing.add(metric);
            }
        }
        assertEquals(List.of(), missing, "dashboard metrics not on /q/metrics");
    }

    /** A series of {@code name} carrying every one of {@code tags} (in any order). */
    private static Matcher series(String metrics, String name, String... tags) {
        if (tags.length == 0) {
            return Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? .*$").matcher(metrics);
        }
        StringBuilder re = new StringBuilder("(?m)^" + Pattern.quote(name) + "\\{");
        for (String t : tags) {
            re.append("(?=[^}]*").append(Pattern.quote(t)).append(")");
        }
        return Pattern.compile(re + "[^}]*\\} .*$").matcher(metrics);
    }

    private static double value(String metrics, String name, String... tags) {
        Matcher m = series(metrics, name, tags);
        assertTrue(m.find(), "no series " + name + " " + String.join(",", tags) + ":\n" + grep(metrics, name));
        String line = m.group();
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static String tag(String line, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(line);
        assertTrue(m.find(), name + " in " + line);
        return m.group(1);
    }

    private static String grep(String metrics, String part) {
        return metrics.lines().filter(l -> l.contains(part) && !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }
}
