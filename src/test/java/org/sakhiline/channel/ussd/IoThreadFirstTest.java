package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sakhiline.support.WorkerThreadRequired;

/** Where a hop runs: on the event loop it arrived on, and again from the start on a worker when it must block. */
@QuarkusTest
class IoThreadFirstTest {

    @Inject
    Vertx vertx;

    /** Whether blocking was allowed on each thread the hop ran on, in order. */
    private final List<Boolean> runs = new CopyOnWriteArrayList<>();

    @Test
    void aHopThatNeedsNoLockIsAnsweredOnTheEventLoop() throws Exception {
        assertEquals("balance shown", onEventLoop(() -> {
            runs.add(WorkerThreadRequired.blockingAllowed());
            return "balance shown";
        }));
        assertEquals(List.of(false), runs);
    }

    @Test
    void aHopThatMustBlockStartsOverOnAWorker() throws Exception {
        assertEquals("failure counted", onEventLoop(() -> {
            runs.add(WorkerThreadRequired.blockingAllowed());
            WorkerThreadRequired.check("counting a wrong PIN");
            return "failure counted";
        }));
        assertEquals(2, runs.size(), "once refused on the event loop, once answered on a worker");
        assertFalse(runs.get(0));
        assertTrue(runs.get(1));
    }

    private String onEventLoop(Supplier<String> hop) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(v -> {
            assertTrue(io.vertx.core.Context.isOnEventLoopThread());
            IoThreadFirst.run(hop).subscribe().with(answer::complete, answer::completeExceptionally);
        });
        return answer.get(10, TimeUnit.SECONDS);
    }
}
