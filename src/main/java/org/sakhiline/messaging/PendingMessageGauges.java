package org.sakhiline.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What the outbox still has to send, per channel: {@code sakhiline.outbox.depth{channel, status}} (PENDING and
 * SENDING rows) and {@code sakhiline.outbox.oldest.due.age.seconds{channel}} (how long the most overdue PENDING
 * row has been due: a stuck dispatcher or a provider outage shows here first, as reminders arriving late).
 *
 * <p>Scrapes read figures refreshed by one query round every {@code sakhiline.metrics.outbox-every}, not a
 * query per scrape: the count walks the (status, id) index over the backlog, which is cheap while the outbox
 * keeps up and grows with it when it does not. The oldest due row is the first entry of (status, next_attempt_at).
 */
@Startup
@ApplicationScoped
public class PendingMessageGauges {

    private static final Logger LOG = Logger.getLogger(PendingMessageGauges.class);
    private static final String[] STATUSES = {"PENDING", "SENDING"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    Clock clock = Clock.systemUTC();
    private final Map<OutboxChannel, Map<String, AtomicLong>> depth = new EnumMap<>(OutboxChannel.class);
    private final Map<OutboxChannel, AtomicLong> oldestDueSeconds = new EnumMap<>(OutboxChannel.class);

    @PostConstruct
    void register() {
        for (OutboxChannel channel : OutboxChannel.values()) {
            Map<String, AtomicLong> byStatus = new HashMap<>();
            for (String status : STATUSES) {
                AtomicLong value = new AtomicLong();
                byStatus.put(status, value);
                Gauge.builder("sakhiline.outbox.depth", value, AtomicLong::get)
                        .description("Outbox rows still to send, by channel and status (refreshed periodically)")
                        .tags("channel", channel.name(), "status", status).register(registry);
            }
            depth.put(channel, byStatus);
            AtomicLong age = new AtomicLong();
            oldestDueSeconds.put(channel, age);
            Gauge.builder("sakhiline.outbox.oldest.due.age", age, AtomicLong::get).baseUnit("seconds")
                    .description("How long the most overdue PENDING row has been due (0 when none is due)")
                    .tags("channel", channel.name()).register(registry);
        }
    }

    @Scheduled(identity = "outbox-gauges", every = "${sakhiline.metrics.outbox-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("outbox gauges not refreshed: " + e.getMessage());
        }
    }

    /** Reads the figures now (the scheduled job and tests). */
    public void refresh() {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            Map<OutboxChannel, Map<String, Long>> counts = new EnumMap<>(OutboxChannel.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, status, COUNT(*) FROM outbox_message"
                    + " WHERE status IN ('PENDING', 'SENDING') GROUP BY channel, status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(OutboxChannel.valueOf(rs.getString(1)), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }
            }
            for (OutboxChannel channel : OutboxChannel.values()) {
                for (String status : STATUSES) {
                    depth.get(channel).get(status).set(counts.getOrDefault(channel, Map.of()).getOrDefault(status, 0L));
                }
                oldestDueSeconds.get(channel).set(oldestDue(c, channel, now));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox depth", e);
        }
    }

    private static long oldestDue(Connection c, OutboxChannel channel, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT next_attempt_at FROM outbox_message"
                + " WHERE status = 'PENDING' AND channel = ? ORDER BY next_attempt_at LIMIT 1")) {
            ps.setString(1, channel.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                Instant due = rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                return Math.max(0, now.getEpochSecond() - due.getEpochSecond());
            }
        }
    }
}
