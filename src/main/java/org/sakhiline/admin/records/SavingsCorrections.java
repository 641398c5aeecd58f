package org.sakhiline.admin.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.sakhiline.access.AccessScope;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.RequestDigest;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsEntry;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.savings.SavingsTxn;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Reverses a savings transaction from the console: through {@link SavingsService#reverse} (a reversal row,
 * never an edit), with the staff member's reason stored on the reversal row's note and an audit entry
 * holding the balance and entry before and after. The posting is recorded as channel CONSOLE by
 * {@code console:<username>}, and the form's key is namespaced to her ({@code client:<username>:…}) with a
 * digest of the transaction and reason. The form's idempotency key makes a double submit
 * reverse once; the second answers like the first.
 */
@ApplicationScoped
public class SavingsCorrections {

    private static final Logger LOG = Logger.getLogger(SavingsCorrections.class);
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 200;   // savings_txn.note

    private final AccessScope scope;
    private final SavingsService savings;
    private final MemberDirectory directory;
    private final OrgUnitService orgUnits;
    private final AuditLog audit;

    public SavingsCorrections(AccessScope scope, SavingsService savings, MemberDirectory directory,
                              OrgUnitService orgUnits, AuditLog audit) {
        this.scope = scope;
        this.savings = savings;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /** @param replayed true when this key had already reversed the transaction: nothing new was posted */
    public record Reversal(long memberId, long originalTxnId, long reversalTxnId, boolean replayed) {}

    /**
     * Checks scope and reason, then posts and audits in one transaction. Nothing is read inside that
     * transaction before the posting takes its locks, so a concurrent double submit waits, sees the first
     * reversal and replays it instead of failing on the unique key.
     */
    public Reversal reverse(long txnId, String reason, String idempotencyKey) {
        scope.requireSavingsTxn(txnId);
        SavingsTxn original = SavingsTxn.findById(txnId);
        if (original == null) {
            throw ConsoleErrors.notFound("savings transaction " + txnId);
        }
        String why = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "say why in " + MIN_REASON + " to " + MAX_REASON + " characters");
        }
        if (idempotencyKey == null || !idempotencyKey.startsWith("console-reversal:" + txnId + ":")
                || idempotencyKey.length() > 100) {
            throw new InvalidInputException("idempotencyKey", "this form is incomplete; reload the member page");
        }
        MemberSummary member = directory.member(original.memberId).orElseThrow();
        ZoneId zone = orgUnits.find(member.shgId()).map(u -> u.shgProfile() == null ? null : u.shgProfile().timeZone())
                .map(ZoneId::of).orElse(ZoneId.of("Asia/Kolkata"));
        // Channel CONSOLE, actor console:<her username>; the form's key is hers alone (client:<username>:…).
        PostingContext ctx = PostingContext.forConsoleUser(scope.username(), Channel.CONSOLE, idempotencyKey,
                RequestDigest.of("console savings reversal", Long.toString(txnId), why), LocalDate.now(zone), null, why);
        try {
            return inOneTransaction(txnId, member, ctx);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Lost a race with the same form posted twice: the retry finds the winner and replays it.
            return inOneTransaction(txnId, member, ctx);
        }
    }

    private Reversal inOneTransaction(long txnId, MemberSummary member, PostingContext ctx) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                PostedTxn posted = savings.reverse(txnId, ctx);
                if (!posted.replayed()) {
                    audit.record(auditEntry(txnId, member, posted, ctx.note()));
                    LOG.infof("savings txn %d of member %d reversed by txn %d from the console", txnId,
                            member.memberId(), posted.txnId());
                }
                return new Reversal(member.memberId(), txnId, posted.txnId(), posted.replayed());
            });
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private AuditEntry auditEntry(long txnId, MemberSummary member, PostedTxn reversal, String reason) {
        SavingsEntry original = savings.transaction(txnId).orElseThrow();
        long balanceBefore = reversal.balanceAfterPaise() - reversal.amountPaise();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("transaction", original);
        before.put("reversed", false);
        before.put("balancePaise", balanceBefore);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("transaction", original);
        after.put("reversed", true);
        after.put("reversal", reversal);
        after.put("balancePaise", reversal.balanceAfterPaise());
        after.put("reason", reason);
        return AuditEntry.of("savings.reverse", "savingsTxn", txnId, member.shgId(),
                "Reversed savings txn " + txnId + " of member " + member.memberId() + " (" + member.name() + "): " + reason,
                before, after);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == MARIADB_DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
