package org.sakhiline.channel.session;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes menu sessions a day after they expired. Safe on several instances at once: each run deletes
 * a bounded batch and a row deleted twice is simply not found.
 */
@ApplicationScoped
public class MenuSessionPurge {

    private static final Logger LOG = Logger.getLogger(MenuSessionPurge.class);
    private static final Duration KEEP = Duration.ofDays(1);

    private final MenuSessionStore store;

    public MenuSessionPurge(MenuSessionStore store) {
        this.store = store;
    }

    @Scheduled(identity = "menu-session-purge", every = "${sakhiline.sessions.purge-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int deleted;
        int total = 0;
        do {
            deleted = store.purgeBefore(Instant.now().minus(KEEP));
            total += deleted;
        } while (deleted > 0 && total < 100_000);
        if (total > 0) {
            LOG.infof("Purged %d expired menu sessions", total);
        }
    }
}
