package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where a hop runs: on the event loop it arrived on, or from the start on a worker when the attempt says so. */
@QuarkusTest
class IoThreadFirstTest {

    @Inject
    Vertx vertx;

    /** Whether blocking was allowed on each thread the hop ran on, in order. */
    private final List<Boolean> runs = new CopyOnWriteArrayList<>();

    @Test
    void aHopThatOnlyReadsIsAnsweredOnTheEventLoop() throws Exception {
        assertEquals("balance shown", onEventLoop(new HopAttempt.Answered<>("balance shown")));
        assertEquals(List.of(false), runs, "answered once, on the event loop");
    }

    @Test
    void aHopThatMustWriteStartsOverOnAWorker() throws Exception {
        assertEquals("failure counted", onEventLoop(new HopAttempt.NeedsWorker<>("the step writes to the books")));
        assertEquals(2, runs.size(), "tried on the event loop, then answered on a worker");
        assertFalse(runs.get(0));
        assertTrue(runs.get(1));
    }

    @Test
    void onAWorkerTheHopRunsThereAtOnce() {
        String answer = IoThreadFirst.<String>run(() -> {
            throw new AssertionError("no attempt on a thread that may block");
        }, () -> "answered").await().indefinitely();
        assertEquals("answered", answer);
    }

    private String onEventLoop(HopAttempt<String> attempt) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(v -> {
            assertTrue(io.vertx.core.Context.isOnEventLoopThread());
            IoThreadFirst.run(() -> {
                runs.add(BlockingOperationControl.isBlockingAllowed());
                return attempt;
            }, () -> {
                runs.add(BlockingOperationControl.isBlockingAllowed());
                return "failure counted";
            }).subscribe().with(answer::complete, answer::completeExceptionally);
        });
        return answer.get(10, TimeUnit.SECONDS);
    }
}
