package org.sakhiline.channel.ussd;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Supplier;
import org.sakhiline.support.WorkerThreadRequired;

/**
 * Runs a USSD hop on the I/O thread the request arrived on, and only when the hop must block (a PIN
 * failure to count, a language or PIN to save, a flow version to load) again from the start on a worker.
 * Most hops are a session read, one or two primary-key reads and a session write: handing each of them
 * to a worker thread and back cost a quarter of the service's CPU per hop on two cores.
 */
final class IoThreadFirst {

    private IoThreadFirst() {
    }

    static <T> Uni<T> run(Supplier<T> hop) {
        try {
            return Uni.createFrom().item(hop.get());
        } catch (WorkerThreadRequired e) {
            // Nothing was written before the refusal, so the hop starts over where blocking is allowed.
            return Uni.createFrom().item(hop).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
    }
}
