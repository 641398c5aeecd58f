package org.sakhiline.channel.ussd;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Supplier;

/**
 * Runs a USSD hop on the I/O thread the request arrived on, and only when the attempt there says it must
 * block (a step with effects to write, a flow version to load) on a worker instead. Its one write, the session
 * row, is sent without blocking the thread ({@link HopAttempt.StoreThenAnswer}). Most hops are a
 * session read, one or two primary-key reads and a session write: handing each of them to a worker thread
 * and back cost a quarter of the service's CPU per hop on two cores.
 */
final class IoThreadFirst {

    private IoThreadFirst() {
    }

    /**
     * @param onIoThread the hop as it may run on an I/O thread: reads only, writing nothing but its session
     * @param onWorker   the whole hop where blocking is allowed, from the start (the attempt wrote nothing)
     */
    static <T> Uni<T> run(Supplier<HopAttempt<T>> onIoThread, Supplier<T> onWorker) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(onWorker.get());
        }
        HopAttempt<T> attempt = onIoThread.get();
        if (attempt instanceof HopAttempt.Answered<T> answered) {
            return Uni.createFrom().item(answered.answer());
        }
        if (attempt instanceof HopAttempt.StoreThenAnswer<T> later) {
            return later.store().get().chain(answer -> answer != null ? Uni.createFrom().item(answer)
                    : Uni.createFrom().item(onWorker).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
        }
        return Uni.createFrom().item(onWorker).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
