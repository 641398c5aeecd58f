package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsRoutingTest {

    private static final SmsSender NOT_CONFIGURED = new SmsSender() {
        public boolean ready() {
            return false;
        }

        public SendResult send(OutboxMessage message) {
            throw new AssertionError("never called");
        }
    };

    @Test
    void pinnedThenOrgUnitThenCallingCodeThenDefault() {
        SmsRouting r = routing(List.of("91=exotel", "92=twilio", "9199=other"), false);
        OutgoingMessage india = OutgoingMessage.sms("+919812345678", "x");
        assertEquals("exotel", r.choose(india, null));
        assertEquals("other", r.choose(OutgoingMessage.sms("+919912345678", "x"), null), "the longest code wins");
        assertEquals("twilio", r.choose(OutgoingMessage.sms("+923001234567", "x"), null));
        assertEquals("twilio", r.choose(OutgoingMessage.sms("+447700900123", "x"), null), "the default");
        assertEquals("twilio", r.choose(india, "twilio"), "the org unit's gateway");
        assertEquals("exotel", r.choose(india, "gone"), "an org unit naming no gateway falls back to the country");
        assertEquals("other", r.choose(india.via("other"), "twilio"), "a pinned message keeps its gateway");
        assertTrue(r.indiaRouted());
        assertFalse(routing(List.of("92=twilio", "91="), false).indiaRouted(), "a blank route is no route");
    }

    @Test
    void aRouteNamingNoGatewayStopsTheStartAndOnlyReadyGatewaysAreClaimedFor() {
        assertThrows(IllegalStateException.class, () -> routing(List.of("91=exotl"), false));
        assertThrows(IllegalStateException.class, () -> routing(List.of("+91=exotel"), false));
        SmsSender outbox = routing(List.of("91=exotel"), false).outboxSmsSender();
        assertTrue(outbox.ready());
        assertEquals(Set.of("twilio", "exotel"), outbox.readyGateways(), "other is not configured");
    }

    @Test
    void placeholderIdsOnlyWhereAllowedAndOnlyForIndianNumbers() {
        OutgoingMessage india = OutgoingMessage.sms("+919812345678", "x").withLanguage("hi").withTemplate("balance", null);
        assertNull(routing(List.of("91=exotel"), false).dltTemplateId(india));
        assertTrue(routing(List.of("91=exotel"), true).dltTemplateId(india).startsWith(SmsRouting.PLACEHOLDER_PREFIX));
        assertEquals("1207", routing(List.of("91=exotel"), true).dltTemplateId(india.withTemplate("balance", "1207")));
        assertNull(routing(List.of("91=exotel"), true).dltTemplateId(OutgoingMessage.sms("+923001234567", "x")));
    }

    private static SmsRouting routing(List<String> routes, boolean placeholders) {
        SmsRoutesConfig config = new SmsRoutesConfig() {
            public String defaultProvider() {
                return "twilio";
            }

            public List<String> byCallingCode() {
                return routes;
            }
        };
        DltConfig dlt = new DltConfig() {
            public Optional<String> entityId() {
                return Optional.empty();
            }

            public boolean placeholderTemplateIds() {
                return placeholders;
            }

            public List<String> languages() {
                return List.of("en");
            }
        };
        return new SmsRouting(List.of(SmsGateway.named("twilio", new LogOnlySmsSender()),
                SmsGateway.named("exotel", new LogOnlySmsSender()), SmsGateway.named("other", NOT_CONFIGURED)), config, dlt);
    }
}
