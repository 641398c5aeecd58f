package org.sakhiline.support.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Outcome and tags of a hop as HopMeters records them, and the bound on tag values. */
class HopMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HopMeters meters = new HopMeters(registry);

    @Test
    void aHopIsTaggedWithItsGatewayOutcomeAndNode() {
        meters.begin("at:s1");
        meters.at("at:s1", "ask_pin");
        meters.begin("at:s1").end(true, false); // a repeat of the same session replaces the first
        HopMeters.InFlight answered = meters.begin("at:s2");
        meters.at("at:s2", "balance");
        answered.end(false, false);

        assertEquals(1, hops("africastalking", "continue", "none").count());
        assertEquals(1, hops("africastalking", "end", "balance").count());
        assertEquals(2, registry.get("sakhiline.hop.latency").tag("gateway", "africastalking").timer().count());
    }

    @Test
    void busyAndRefusedAnswersAndFailuresAreCountedAsSuch() {
        HopMeters.InFlight busy = meters.begin("gw:a");
        meters.outcome("gw:a", HopMeters.BUSY);
        busy.end(false, false);
        HopMeters.InFlight refused = meters.begin("gw:b");
        meters.at("gw:b", "sheet_confirm");
        meters.outcome("gw:b", HopMeters.REFUSED);
        refused.end(false, false);
        meters.begin("gw:c").end(false, true);

        assertEquals(2, hops("session", "busy", "none").count());
        assertEquals(1, hops("session", "refused", "sheet_confirm").count());
    }

    @Test
    void tagValuesStayBounded() {
        BoundedTag tag = new BoundedTag(2);
        assertEquals("other", tag.of("+919812345678"), "a phone number is never a tag value");
        assertEquals("other", tag.of("free text with spaces"));
        assertEquals("none", tag.of(null));
        assertEquals("a", tag.of("a"));
        assertEquals("b", tag.of("b"));
        assertEquals("other", tag.of("c"), "past the limit");
        assertEquals("a", tag.of("a"), "a value seen before keeps its name");
    }

    private Timer hops(String gateway, String outcome, String node) {
        Timer t = registry.find("sakhiline.hop").tags("gateway", gateway, "outcome", outcome, "node", node).timer();
        assertNotNull(t, gateway + "/" + outcome + "/" + node + " in " + registry.getMetersAsString());
        return t;
    }
}
