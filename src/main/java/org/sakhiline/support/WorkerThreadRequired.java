package org.sakhiline.support;

import io.quarkus.runtime.BlockingOperationControl;

/**
 * Thrown before anything is changed when a step must take a lock or a transaction but runs on an I/O
 * (event-loop) thread. USSD hops run there first because their common path is a few primary-key reads;
 * the channel catches this and runs the whole hop again on a worker thread, which is safe because
 * nothing was written yet.
 */
public final class WorkerThreadRequired extends RuntimeException {

    public WorkerThreadRequired(String why) {
        super(why, null, false, false); // control flow, not a failure: no stack trace to fill
    }

    /** Refuses to go on when on an I/O thread; {@code why} says what would have blocked. */
    public static void check(String why) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new WorkerThreadRequired(why);
        }
    }

    /** True on a thread that may block (a worker, a test thread, a scheduler). */
    public static boolean blockingAllowed() {
        return BlockingOperationControl.isBlockingAllowed();
    }
}
