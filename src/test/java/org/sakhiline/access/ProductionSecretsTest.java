package org.sakhiline.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule production starts by: every secret present and long enough, and the refusal never shows a value. */
class ProductionSecretsTest {

    private static Map<String, String> good() {
        Map<String, String> config = new HashMap<>();
        config.put("sakhiline.ussd.gateway-secret", "gateway-secret-0123456789");
        config.put("sakhiline.pins.pepper", "pepper-0123456789abcdef");
        config.put("quarkus.http.auth.session.encryption-key", "session-key-0123456789abcdef0123456789");
        return config;
    }

    private static List<String> problems(Map<String, String> config) {
        return ProductionSecrets.problems(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void longEnoughSecretsPass() {
        assertEquals(List.of(), problems(good()));
    }

    @Test
    void anEmptyGatewaySecretIsNamedAndRefused() {
        Map<String, String> config = good();
        config.put("sakhiline.ussd.gateway-secret", "");
        List<String> problems = problems(config);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("SAKHILINE_USSD_GATEWAY_SECRET (sakhiline.ussd.gateway-secret) is empty"), problems.get(0));
    }

    @Test
    void blanksAndMissingCountAsEmpty() {
        Map<String, String> config = good();
        config.put("sakhiline.ussd.gateway-secret", "                    ");
        config.remove("sakhiline.pins.pepper");
        List<String> problems = problems(config);
        assertEquals(2, problems.size());
        assertTrue(problems.get(1).contains("SAKHILINE_PINS_PEPPER") && problems.get(1).contains("empty or missing"));
    }

    @Test
    void shortSecretsAreRefusedWithoutShowingThem() {
        Map<String, String> config = good();
        config.put("sakhiline.pins.pepper", "short-pepper-15");           // 15 < 16
        config.put("quarkus.http.auth.session.encryption-key", "k".repeat(31));   // 31 < 32
        List<String> problems = problems(config);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("SAKHILINE_PINS_PEPPER") && problems.get(0).contains("too short"));
        assertTrue(problems.get(1).contains("SAKHILINE_SESSION_KEY") && problems.get(1).contains("at least 32"));
        String all = String.join(" ", problems);
        assertFalse(all.contains("short-pepper-15") || all.contains("kkkk"), all);
    }
}
