package org.sakhiline.messaging;

import io.quarkus.arc.All;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Chooses the gateway for each SMS when it is written to the outbox, and hands each claimed row to the
 * gateway recorded on it. In order: the gateway the message is pinned to (a reply goes back the way the
 * message came), the nearest org unit above the member that names one ({@code org_unit.sms_provider}), the
 * route for the recipient's calling code, the default. The choice is stored on the row, so a later change
 * of routes never moves a message already queued and the console shows who carried it.
 */
@ApplicationScoped
public class SmsRouting {

    private static final Logger LOG = Logger.getLogger(SmsRouting.class);
    public static final String INDIA = "91";
    public static final String PLACEHOLDER_PREFIX = "PLACEHOLDER-";

    private final Map<String, SmsGateway> gateways = new LinkedHashMap<>();
    private final Map<String, String> byCallingCode = new LinkedHashMap<>();
    private final String defaultProvider;
    private final DltConfig dlt;

    @Inject
    public SmsRouting(@All List<SmsGateway> gateways, SmsRoutesConfig routes, DltConfig dlt) {
        gateways.forEach(g -> this.gateways.put(g.name(), g));
        this.dlt = dlt;
        this.defaultProvider = known(routes.defaultProvider().strip().toLowerCase(Locale.ROOT), "default-provider");
        for (String pair : routes.byCallingCode()) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !kv[0].strip().matches("[1-9][0-9]{0,3}")) {
                throw new IllegalStateException("sakhiline.sms-routes.by-calling-code: '" + pair
                        + "' is not <calling code>=<gateway>, e.g. 91=exotel");
            }
            String name = kv[1].strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                byCallingCode.put(kv[0].strip(), known(name, "by-calling-code " + kv[0].strip()));
            }
        }
    }

    void check(@Observes StartupEvent event) {
        if (dlt.placeholderTemplateIds() && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("sakhiline.dlt.placeholder-template-ids is for demos and tests: operators "
                    + "drop messages with made-up DLT ids. Fill the dlt: sections instead (README, DLT checklist).");
        }
        LOG.infof("SMS routes: %s, otherwise %s; gateways %s", byCallingCode, defaultProvider, gateways.keySet());
    }

    private String known(String name, String where) {
        if (!gateways.containsKey(name)) {
            throw new IllegalStateException("sakhiline.sms-routes." + where + " names gateway '" + name
                    + "'; known: " + gateways.keySet());
        }
        return name;
    }

    /** The outbox's sender: each row goes to the gateway recorded on it. */
    @Produces
    @ApplicationScoped
    SmsSender outboxSmsSender() {
        return new SmsSender() {
            @Override
            public boolean ready() {
                return gateways.values().stream().anyMatch(SmsSender::ready);
            }

            @Override
            public java.util.Set<String> readyGateways() {
                java.util.Set<String> ready = new java.util.HashSet<>();
                gateways.values().stream().filter(SmsSender::ready).forEach(g -> ready.add(g.name()));
                return ready;
            }

            @Override
            public SendResult send(OutboxMessage m) {
                SmsGateway g = gateways.get(m.provider == null ? byCountry(m.recipient) : m.provider);
                if (g == null) {
                    return SendResult.permanent(null, "no SMS gateway named '" + m.provider + "'");
                }
                return g.ready() ? g.send(m) : SendResult.retryable(null, g.name() + " is not configured");
            }
        };
    }

    /** True when a gateway of this name exists (org unit overrides are checked against it). */
    public boolean knows(String name) {
        return name != null && gateways.containsKey(name);
    }

    public java.util.Set<String> gatewayNames() {
        return Collections.unmodifiableSet(gateways.keySet());
    }

    /** Whether SMS to Indian numbers is routed on purpose: then every text needs its DLT template id. */
    public boolean indiaRouted() {
        return byCallingCode.containsKey(INDIA);
    }

    /** The gateway for a number by its calling code alone (longest code first), else the default. */
    public String byCountry(String e164) {
        String digits = e164 != null && e164.startsWith("+") ? e164.substring(1) : String.valueOf(e164);
        for (int len = Math.min(4, digits.length()); len >= 1; len--) {
            String gateway = byCallingCode.get(digits.substring(0, len));
            if (gateway != null) {
                return gateway;
            }
        }
        return defaultProvider;
    }

    /** The gateway for one message, given its member's org-unit override (or null). */
    public String choose(OutgoingMessage m, String override) {
        if (m.provider() != null) {
            return m.provider();
        }
        return knows(override) ? override : byCountry(m.recipient());
    }

    /** The DLT template id to store: the text's own, or a marked placeholder when the deployment allows them. */
    public String dltTemplateId(OutgoingMessage m) {
        if (m.dltTemplateId() != null || !dlt.placeholderTemplateIds() || !isIndian(m.recipient())) {
            return m.dltTemplateId();
        }
        String seed = m.templateKey() + "/" + m.language();
        return PLACEHOLDER_PREFIX + String.format("%08x", seed.hashCode());
    }

    public static boolean isIndian(String e164) {
        return e164 != null && e164.startsWith("+" + INDIA);
    }

    /**
     * The gateway each member's nearest org unit names (SHG, then up to three levels above it), for the
     * members that have one; on the caller's connection so it sees the caller's transaction.
     */
    static Map<Long, String> overrides(Connection c, Collection<Long> memberIds) throws SQLException {
        List<Long> ids = memberIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>();
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m.id, COALESCE(s.sms_provider, p.sms_provider, g.sms_provider, t.sms_provider)
                FROM member m JOIN org_unit s ON s.id = m.shg_id
                LEFT JOIN org_unit p ON p.id = s.parent_id
                LEFT JOIN org_unit g ON g.id = p.parent_id
                LEFT JOIN org_unit t ON t.id = g.parent_id
                WHERE m.id IN (""" + in + ")")) {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
        }
        return out;
    }
}
