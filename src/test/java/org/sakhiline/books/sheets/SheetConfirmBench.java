package org.sakhiline.books.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.SheetFixtures;

/**
 * Benchmark, not part of the suite (the name does not end in Test): the time to confirm a submitted
 * {@code bench.members}-member sheet (default 20: 19 present "as shown", one with a loan repaying two
 * instalments, the leader absent), {@code bench.sheets} times (default 50), each a fresh group. Only the
 * confirmation is timed: postings, attendance, receipts, history and audit in one transaction. Run with
 * {@code bench/sheet-confirm.sh}.
 */
@QuarkusTest
class SheetConfirmBench {

    private static final Logger LOG = Logger.getLogger(SheetConfirmBench.class);

    @Inject
    MeetingSheets sheets;
    @Inject
    SheetFixtures fixtures;

    @Test
    void confirmTimes() {
        int members = Integer.getInteger("bench.members", 20);
        int runs = Integer.getInteger("bench.sheets", 50);
        int warmup = Math.min(5, runs);
        List<Double> ms = new ArrayList<>();
        int postings = 0;
        for (int i = 0; i < warmup + runs; i++) {
            SheetFixtures.Group g = fixtures.group(members);
            long sheetId = fixtures.submitted(g).sheetId();
            long t0 = System.nanoTime();
            ConfirmResult r = sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now());
            double took = (System.nanoTime() - t0) / 1e6;
            assertEquals(members - 1, r.receipts());
            if (i >= warmup) {
                ms.add(took);
                postings = r.postings();
            }
        }
        Collections.sort(ms);
        LOG.infof("BENCH sheet-confirm: %d sheets of %d members (%d postings, %d receipts each): p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms", runs, members, postings, members - 1, percentile(ms, 50), percentile(ms, 99),
                ms.get(ms.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
