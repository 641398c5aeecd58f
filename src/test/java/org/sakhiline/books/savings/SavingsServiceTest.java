package org.sakhiline.books.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.RequestDigest;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.testing.BooksFixtures;

@QuarkusTest
class SavingsServiceTest {

    @Inject
    SavingsService savings;

    @Inject
    BooksFixtures fixtures;

    private static PostingContext ctx(String key) {
        return PostingContext.of(key, Channel.SMS, "staff:1", LocalDate.of(2025, 6, 4));
    }

    @Test
    void aRepeatedKeyReturnsTheFirstResultAndPostsNothing() {
        long member = fixtures.member();
        String key = BooksFixtures.unique("sms");
        PostedTxn first = savings.deposit(member, 10_000, ctx(key));
        savings.deposit(member, 5_000, ctx(BooksFixtures.unique("sms")));
        PostedTxn again = savings.deposit(member, 10_000, ctx(key));

        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.txnId(), again.txnId());
        assertEquals(10_000, again.balanceAfterPaise());
        assertEquals(15_000, savings.balancePaise(member));
        assertEquals(2, savings.lastTransactions(member, 10).size());
    }

    @Test
    void aKeyReusedWithOtherContentIsAConflict() {
        long member = fixtures.member();
        long other = fixtures.member();
        String key = BooksFixtures.unique("sms");
        savings.deposit(member, 10_000, ctx(key));

        assertEquals(ConflictException.IDEMPOTENCY_KEY_REUSED,
                assertThrows(ConflictException.class, () -> savings.deposit(member, 11_000, ctx(key))).code());
        assertThrows(ConflictException.class, () -> savings.deposit(other, 10_000, ctx(key)));
        assertThrows(ConflictException.class, () -> savings.withdraw(member, 10_000, ctx(key)));
        assertEquals(10_000, savings.balancePaise(member));
        assertEquals(0, savings.balancePaise(other));
    }

    @Test
    void aWithdrawalNeverTakesTheBalanceBelowZero() {
        long member = fixtures.member();
        savings.deposit(member, 10_000, ctx(BooksFixtures.unique("d")));
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> savings.withdraw(member, 10_001, ctx(BooksFixtures.unique("w"))));
        assertEquals(BusinessRuleException.OVERDRAFT, e.code());

        PostedTxn all = savings.withdraw(member, 10_000, ctx(BooksFixtures.unique("w")));
        assertEquals(-10_000, all.amountPaise());
        assertEquals(0, all.balanceAfterPaise());
        assertEquals(0, savings.balancePaise(member));
    }

    @Test
    void unknownMemberIsNotFound() {
        assertThrows(NotFoundException.class, () -> savings.deposit(Long.MAX_VALUE, 100, ctx(BooksFixtures.unique("x"))));
        assertThrows(NotFoundException.class, () -> savings.reverse(Long.MAX_VALUE, ctx(BooksFixtures.unique("x"))));
    }

    @Test
    void aTransactionIsReversedAtMostOnceAndAReversalNeverReversed() {
        long member = fixtures.member();
        PostedTxn deposit = savings.deposit(member, 7_500, ctx(BooksFixtures.unique("d")));
        String key = BooksFixtures.unique("r");
        PostedTxn reversal = savings.reverse(deposit.txnId(), ctx(key));
        assertEquals(SavingsTxnType.REVERSAL, reversal.type());
        assertEquals(-7_500, reversal.amountPaise());
        assertEquals(0, reversal.balanceAfterPaise());
        assertEquals(deposit.txnId(), reversal.reversesTxnId());

        PostedTxn replay = savings.reverse(deposit.txnId(), ctx(key));
        assertTrue(replay.replayed());
        assertEquals(reversal.txnId(), replay.txnId());

        assertEquals(ConflictException.ALREADY_REVERSED, assertThrows(ConflictException.class,
                () -> savings.reverse(deposit.txnId(), ctx(BooksFixtures.unique("r2")))).code());
        assertEquals(BusinessRuleException.REVERSAL_OF_REVERSAL, assertThrows(BusinessRuleException.class,
                () -> savings.reverse(reversal.txnId(), ctx(BooksFixtures.unique("r3")))).code());
        assertEquals(0, savings.balancePaise(member));
    }

    @Test
    void aReversalThatWouldOverdrawIsRefused() {
        long member = fixtures.member();
        PostedTxn deposit = savings.deposit(member, 10_000, ctx(BooksFixtures.unique("d")));
        savings.withdraw(member, 8_000, ctx(BooksFixtures.unique("w")));
        assertEquals(BusinessRuleException.REVERSAL_OVERDRAFT, assertThrows(BusinessRuleException.class,
                () -> savings.reverse(deposit.txnId(), ctx(BooksFixtures.unique("r")))).code());
        assertEquals(2_000, savings.balancePaise(member));
    }

    @Test
    void aPostJoinsTheCallersTransactionAndRollsBackWithIt() {
        long member = fixtures.member();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            savings.deposit(member, 1_000, ctx(BooksFixtures.unique("d")));
            throw new IllegalStateException("outbox write failed");
        }));
        assertEquals(0, savings.balancePaise(member));
        assertTrue(savings.lastTransactions(member, 5).isEmpty());
    }

    @Test
    void racingRequestsWithOneKeyPostOnce() throws Exception {
        long member = fixtures.member();
        String key = BooksFixtures.unique("race");
        List<PostedTxn> results = race(8, i -> savings.deposit(member, 2_500, ctx(key)));

        assertEquals(1, results.stream().map(PostedTxn::txnId).distinct().count());
        assertEquals(1, results.stream().filter(r -> !r.replayed()).count());
        assertTrue(results.stream().allMatch(r -> r.balanceAfterPaise() == 2_500));
        assertEquals(2_500, savings.balancePaise(member));
        assertEquals(1, savings.lastTransactions(member, 10).size());
    }

    @Test
    void oneKeyRacingOnDifferentMembersPostsOnceAndTheRestConflict() throws Exception {
        // Different members do not share a balance lock, so the losers hit the unique key and are re-run.
        long shg = fixtures.shg();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(fixtures.member(shg, "Racer " + i, BooksFixtures.phone()));
        }
        String key = BooksFixtures.unique("shared");
        List<Object> outcomes = raceOutcomes(4, i -> savings.deposit(members.get(i), 900, ctx(key)));

        assertEquals(1, outcomes.stream().filter(o -> o instanceof PostedTxn).count(), outcomes::toString);
        assertEquals(3, outcomes.stream().filter(o -> o instanceof ConflictException).count(), outcomes::toString);
        assertEquals(900, members.stream().mapToLong(savings::balancePaise).sum());
    }

    @Test
    void oneClientKeyRacingOnDifferentMembersPostsOnceAndTheRestConflictWithoutDeadlock() throws Exception {
        // Each request claims the key in client_request after its own member's lock: the losers wait on the
        // winner's row and then read its digest (no gap-lock deadlock, no 500).
        long shg = fixtures.shg();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(fixtures.member(shg, "Client Racer " + i, BooksFixtures.phone()));
        }
        String key = BooksFixtures.unique("client");
        List<Object> outcomes = raceOutcomes(4, i -> savings.deposit(members.get(i), 900, PostingContext.forConsoleUser(
                "racer", Channel.API, key, RequestDigest.of("member", members.get(i).toString()), LocalDate.of(2025, 6, 4),
                null, null)));

        assertEquals(1, outcomes.stream().filter(o -> o instanceof PostedTxn).count(), outcomes::toString);
        assertEquals(3, outcomes.stream().filter(o -> o instanceof ConflictException c
                && c.code().equals(ConflictException.IDEMPOTENCY_KEY_REUSED)).count(), outcomes::toString);
        assertEquals(900, members.stream().mapToLong(savings::balancePaise).sum());
    }

    @Test
    void racingReversalsOfOneTransactionPostOnce() throws Exception {
        long member = fixtures.member();
        PostedTxn deposit = savings.deposit(member, 4_000, ctx(BooksFixtures.unique("d")));
        List<Object> outcomes = raceOutcomes(6, i -> savings.reverse(deposit.txnId(), ctx(BooksFixtures.unique("r" + i))));

        assertEquals(1, outcomes.stream().filter(o -> o instanceof PostedTxn).count());
        assertEquals(5, outcomes.stream().filter(o -> o instanceof ConflictException).count());
        assertEquals(0, savings.balancePaise(member));
    }

    @Test
    void fiftyConcurrentDepositsKeepTheBalanceExact() throws Exception {
        long member = fixtures.member();
        List<PostedTxn> results = race(50, i -> savings.deposit(member, 100 + i, ctx(BooksFixtures.unique("c" + i))));

        long expected = 50 * 100 + (49 * 50) / 2;   // 100 + 101 + … + 149
        assertEquals(expected, savings.balancePaise(member));
        Long logSum = QuarkusTransaction.requiringNew().call(() -> SavingsTxn.getEntityManager()
                .createQuery("select sum(t.amountPaise) from SavingsTxn t where t.memberId = ?1", Long.class)
                .setParameter(1, member).getSingleResult());
        assertEquals(expected, logSum);
        // Each post saw the one before it: the balances after are 50 distinct running totals.
        Set<Long> after = new HashSet<>();
        results.forEach(r -> after.add(r.balanceAfterPaise()));
        assertEquals(50, after.size());
        assertTrue(after.contains(expected));
    }

    private interface Attempt<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> race(int threads, Attempt<T> attempt) throws Exception {
        List<T> results = new ArrayList<>();
        for (Object o : raceOutcomes(threads, attempt)) {
            if (o instanceof Exception e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            T t = (T) o;
            results.add(t);
        }
        return results;
    }

    /** Starts all attempts at once; each outcome is the result or the exception thrown. */
    private static List<Object> raceOutcomes(int threads, Attempt<?> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Object> c = () -> {
                    start.await();
                    try {
                        return attempt.run(n);
                    } catch (Exception e) {
                        return e;
                    }
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
