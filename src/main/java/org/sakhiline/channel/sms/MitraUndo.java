package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.PostedRepayment;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.channel.sms.SmsConfirmation.Kind;
import org.sakhiline.channel.sms.SmsConfirmation.Status;
import org.sakhiline.support.i18n.Money;

/**
 * {@code UNDO <receipt>}: reverses a posting made by SMS within the undo window, asked and confirmed like a
 * posting ({@code YES <code> <PIN>}). A bank mitra may undo only her own receipts; a CRP or administrator
 * whose part of the tree covers the group (a supervisor) may undo anyone's. The reversal's idempotency key is
 * {@code sms-undo:<confirmation id>}, so a receipt is reversed at most once however often it is confirmed.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class MitraUndo {

    private static final Logger LOG = Logger.getLogger(MitraUndo.class);
    private static final Pattern RECEIPT = Pattern.compile("(L?)([0-9]{1,18})");

    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    MitraReplies replies;

    @Inject
    MitraSmsCommands commands;

    @Inject
    SmsConfig config;

    /** Checks who may undo the receipt and answers with a code to confirm; reverses nothing yet. */
    SmsOutcome request(SmsCommand cmd, StaffSummary staff, String requestSid, Instant now) {
        Matcher receipt = RECEIPT.matcher(String.join("", cmd.args()));
        if (!receipt.matches()) {
            return replies.reply("UNDO", null, staff, "e_usage_undo", Map.of());
        }
        Optional<SmsOutcome> locked = commands.lockedOut("UNDO", staff, null, now);
        if (locked.isPresent()) {
            return locked.get();
        }
        Kind kind = receipt.group(1).isEmpty() ? Kind.DEPOSIT : Kind.REPAYMENT;
        long resultId = Long.parseLong(receipt.group(2));
        String shown = SmsConfirmation.receipt(kind, resultId);
        Optional<SmsConfirmation> found = SmsConfirmation.byResultForUpdate(kind, resultId);
        if (found.isEmpty()) {
            return replies.reply("UNDO", null, staff, "e_receipt_unknown", Map.of("receipt", shown));
        }
        SmsConfirmation original = found.get();
        MemberSummary m = directory.member(original.memberId).orElseThrow();
        // Scope is checked for the posting mitra too: she may have been moved off this group since.
        if (!staffDirectory.staffMayActOn(staff.staffId(), m.shgId())) {
            return replies.reply("UNDO", m.memberId(), staff, "e_undo_scope", Map.of("receipt", shown));
        }
        boolean own = original.staffId == staff.staffId();
        if (!own && !supervisor(staff)) {
            return replies.reply("UNDO", m.memberId(), staff, "e_undo_not_yours", Map.of("receipt", shown));
        }
        Optional<SmsOutcome> refused = stillReversible(original, m, staff, shown, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        locked = commands.lockedOut("UNDO", staff, m.shgId(), now);
        if (locked.isPresent()) {
            return locked.get();
        }
        SmsConfirmation c = commands.pending(staff, m.memberId(), kind, original.amountPaise, requestSid, now);
        c.loanId = original.loanId;
        c.bankRef = original.bankRef;
        c.undoOfId = original.id;
        c.persist();
        return replies.reply("UNDO_REQUEST", m.memberId(), staff, "m_confirm_undo", Map.of("receipt", shown,
                "amount", Money.format(original.amountPaise, MitraReplies.memberTag(m)),
                "name", MitraReplies.nameFor(m, staff), "shg", m.shgCode(), "code", c.code,
                "minutes", String.valueOf(config.confirmationTtl().toMinutes())));
    }

    /** {@code YES <code> <PIN>} on an UNDO request (code and PIN already checked): reverses the posting. */
    SmsOutcome confirm(SmsConfirmation c, StaffSummary staff, MemberSummary m, Instant now) {
        SmsConfirmation original = SmsConfirmation.getEntityManager().find(SmsConfirmation.class, c.undoOfId,
                LockModeType.PESSIMISTIC_WRITE);
        String shown = original.receipt();
        Optional<SmsOutcome> refused = stillReversible(original, m, staff, shown, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        String tag = MitraReplies.memberTag(m);
        LocalDate valueDate = now.atZone(MitraReplies.zoneOf(m.shgId())).toLocalDate();
        PostingContext ctx = new PostingContext("sms-undo:" + original.id, Channel.SMS, "staff:" + staff.staffId(),
                valueDate, original.bankRef, "SMS undo of confirmation " + original.id);
        Map<String, String> v = new HashMap<>();
        v.put("name", m.name());
        v.put("shg", m.shgCode());
        v.put("receipt", shown);
        v.put("amount", Money.format(original.amountPaise, tag));
        if (original.kind == Kind.DEPOSIT) {
            PostedTxn t = savings.reverse(original.resultId, ctx);
            original.reversalId = t.txnId();
            v.put("balance", Money.format(t.balanceAfterPaise(), tag));
        } else {
            PostedRepayment r = loans.reverseRepayment(original.resultId, ctx);
            original.reversalId = r.repaymentId();
            v.put("outstanding", Money.format(r.outstandingAfterPaise(), tag));
        }
        original.reversedAt = now;
        original.reversedByStaffId = staff.staffId();
        c.status = Status.CONFIRMED;
        c.decidedAt = now;
        replies.notifyMember(m, original.kind == Kind.DEPOSIT ? "reversal_deposit" : "reversal_repayment", v,
                "sms-reversal:" + original.kind + ":" + original.reversalId);
        LOG.infof("SMS undo %d by staff %d reversed receipt %s of member %d", c.id, staff.staffId(), shown, m.memberId());
        v.put("name", MitraReplies.nameFor(m, staff));
        return replies.reply("UNDO", m.memberId(), staff, "m_undone", v);
    }

    /** A CRP or administrator supervises the mitras of her part of the tree (scope is checked beside this). */
    static boolean supervisor(StaffSummary staff) {
        return staff.role() == StaffRole.CRP || staff.role() == StaffRole.ADMINISTRATOR;
    }

    private Optional<SmsOutcome> stillReversible(SmsConfirmation original, MemberSummary m, StaffSummary staff,
                                                 String shown, Instant now) {
        if (original.reversalId != null) {
            return Optional.of(replies.reply("UNDO", m.memberId(), staff, "e_undo_done", Map.of("receipt", shown)));
        }
        if (original.decidedAt.plus(config.undoWindow()).isBefore(now)) {
            return Optional.of(replies.reply("UNDO", m.memberId(), staff, "e_undo_late", Map.of("receipt", shown,
                    "hours", String.valueOf(config.undoWindow().toHours()))));
        }
        if (original.kind == Kind.DEPOSIT && savings.balancePaise(m.memberId()) < original.amountPaise) {
            return Optional.of(replies.reply("UNDO", m.memberId(), staff, "e_undo_overdraft", Map.of("receipt", shown)));
        }
        return Optional.empty();
    }
}
