package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The retry schedule; claiming and recording are tested against the database in OutboxDispatcherTest. */
class OutboxLeasesTest {

    @Test
    void backoffGrowsAndIsCapped() {
        OutboxLeases leases = new OutboxLeases();
        leases.config = OutboxTestSupport.messagingConfig(false);
        for (int i = 0; i < 50; i++) {
            long first = leases.backoff(1).toMillis();
            long third = leases.backoff(3).toMillis();
            long late = leases.backoff(40).toMillis();
            assertEquals(true, first >= 1000 && first <= 2000, "attempt 1: " + first);
            assertEquals(true, third >= 4000 && third <= 8000, "attempt 3: " + third);
            assertEquals(true, late >= 5000 && late <= 10000, "capped: " + late);
        }
    }
}
