package org.sakhiline.channel.ussd;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * What trying a hop on the I/O thread it arrived on gave: the answer, or why it must run on a worker
 * instead (nothing was written either way but, for an answer, the session).
 */
sealed interface HopAttempt<T> {

    record Answered<T>(T answer) implements HopAttempt<T> {}

    /**
     * Answered once the session row is stored, a write sent without blocking the I/O thread (its commit waits for a
     * log flush, on Galera for certification). {@code store} gives the answer, or null when the copy the hop was
     * computed from turned out stale and nothing was written: the hop then runs whole on a worker.
     */
    record StoreThenAnswer<T>(Supplier<Uni<T>> store) implements HopAttempt<T> {}

    /** @param why what would have blocked: a step's effects to write, a flow version not loaded here yet */
    record NeedsWorker<T>(String why) implements HopAttempt<T> {}
}
