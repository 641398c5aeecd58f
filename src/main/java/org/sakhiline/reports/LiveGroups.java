package org.sakhiline.reports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Reads the ledger of many groups a batch at a time, so a whole federation never sits in memory at once. */
public final class LiveGroups {

    public static final int BATCH = 400;

    private LiveGroups() {}

    public static void forEachBook(EntityManager em, Collection<Long> groupIds, Consumer<LoanBook> use) {
        List<Long> all = new ArrayList<>(groupIds);
        for (int i = 0; i < all.size(); i += BATCH) {
            use.accept(LoanBook.read(em, all.subList(i, Math.min(all.size(), i + BATCH))));
        }
    }
}
