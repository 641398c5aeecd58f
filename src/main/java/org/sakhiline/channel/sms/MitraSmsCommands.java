package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.sakhiline.books.loans.LoanDetails;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.LoanStatus;
import org.sakhiline.books.loans.PostedRepayment;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.books.pins.StaffPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.channel.sms.SmsConfirmation.Kind;
import org.sakhiline.channel.sms.SmsConfirmation.Status;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Money;

/**
 * The bank mitra's maker-checker by SMS: {@code DEP|REP <SHG code> <member no> <amount> [bank ref]} asks,
 * {@code YES <code> <PIN>} posts (channel SMS, actor {@code staff:<id>}, idempotency key
 * {@code sms-confirm:<confirmation id>}) and writes the member's receipt to the outbox in the same
 * transaction, {@code NO <code>} cancels, {@code UNDO <receipt>} asks to reverse ({@link MitraUndo}) and is
 * confirmed the same way. Every refusal is one short message naming the reason; nothing is posted on one.
 *
 * <p>Nothing moves on the sender number alone: a YES needs the 6-digit code sent to her phone and her staff
 * PIN ({@link StaffPins}). Wrong codes and PINs count against her and against the groups of her pending
 * requests ({@link MitraLimits}); a few lock money commands for a while and void the pending codes.
 *
 * <p>Runs inside the inbound message's transaction. Rules the ledger enforces too (overpayment,
 * reversal overdraft, already reversed) are checked first, so the usual refusal needs no rollback.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class MitraSmsCommands {

    private static final Logger LOG = Logger.getLogger(MitraSmsCommands.class);
    private static final Pattern AMOUNT = Pattern.compile("(?:RS\\.?|₹|INR|PKR)?([0-9][0-9,]*)(?:\\.0{1,2})?(?:/-)?");
    static final String CODE = "[0-9]{" + MitraReplies.CODE_DIGITS + "}";
    static final String PIN = "[0-9]{4}";

    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    StaffPins staffPins;

    @Inject
    MitraLimits limits;

    @Inject
    MitraUndo undo;

    @Inject
    MitraReplies replies;

    @Inject
    SmsConfig config;

    /** A staff member's money command. DEP and REP are a bank mitra's; a CRP or administrator may UNDO and confirm. */
    public SmsOutcome answer(SmsCommand cmd, StaffSummary staff, String requestSid, Instant now) {
        boolean mitra = staff.role() == StaffRole.BANK_MITRA;
        return switch (cmd.keyword()) {
            case DEPOSIT -> mitra ? request(cmd, staff, Kind.DEPOSIT, requestSid, now) : notMitra(staff);
            case REPAYMENT -> mitra ? request(cmd, staff, Kind.REPAYMENT, requestSid, now) : notMitra(staff);
            case YES -> decide(cmd, staff, true, now);
            case NO, STOP -> decide(cmd, staff, false, now);
            case UNDO -> undo.request(cmd, staff, requestSid, now);
            default -> mitra ? replies.reply("MITRA_HELP", null, staff, "m_help", Map.of("hours", hours()))
                    : notMitra(staff);
        };
    }

    private SmsOutcome notMitra(StaffSummary staff) {
        return replies.reply("STAFF_REFUSED", null, staff, "e_not_mitra", Map.of());
    }

    private SmsOutcome request(SmsCommand cmd, StaffSummary mitra, Kind kind, String requestSid, Instant now) {
        String usage = kind == Kind.DEPOSIT ? "e_usage_dep" : "e_usage_rep";
        String requestKind = kind == Kind.DEPOSIT ? "DEPOSIT_REQUEST" : "REPAYMENT_REQUEST";
        List<String> a = cmd.args();
        if (a.size() < 3 || !a.get(1).matches("[0-9]{1,6}")) {
            return replies.reply(requestKind, null, mitra, usage, Map.of());
        }
        Optional<SmsOutcome> locked = lockedOut(requestKind, mitra, null, now);
        if (locked.isPresent()) {
            return locked.get();
        }
        String shgCode = a.get(0);
        String no = a.get(1);
        Optional<OrgUnit> group = OrgUnit.findByCode(shgCode).filter(OrgUnit::isGroup);
        if (group.isEmpty()) {
            return replies.reply(requestKind, null, mitra, "e_no_group", Map.of("shg", shgCode));
        }
        if (!staffDirectory.staffMayActOn(mitra.staffId(), group.get().id)) {
            return replies.reply(requestKind, null, mitra, "e_scope", Map.of("shg", group.get().code));
        }
        Optional<MemberSummary> found = directory.member(group.get().code, Integer.parseInt(no));
        if (found.isEmpty()) {
            return replies.reply(requestKind, null, mitra, "e_no_member", Map.of("shg", group.get().code, "no", no));
        }
        MemberSummary m = found.get();
        if (m.status() != MemberStatus.ACTIVE) {
            return replies.reply(requestKind, m.memberId(), mitra, "e_inactive", Map.of("shg", m.shgCode(), "no", no));
        }
        locked = lockedOut(requestKind, mitra, m.shgId(), now);
        if (locked.isPresent()) {
            return locked.get();
        }
        String tag = MitraReplies.memberTag(m);
        long rupees = rupees(a.get(2));
        if (rupees < 1 || rupees > config.maxDepositRupees()) {
            return replies.reply(requestKind, m.memberId(), mitra, "e_amount",
                    Map.of("max", Money.format(config.maxDepositRupees() * 100, tag)));
        }
        long paise = rupees * 100;
        Long loanId = null;
        if (kind == Kind.REPAYMENT) {
            Optional<LoanDetails> loan = loans.loansOf(m.memberId()).stream()
                    .filter(l -> l.status() == LoanStatus.ACTIVE && l.outstandingPaise() > 0)
                    .min(Comparator.comparingLong(LoanDetails::loanId));
            if (loan.isEmpty()) {
                return replies.reply(requestKind, m.memberId(), mitra, "e_no_loan",
                        Map.of("name", MitraReplies.nameFor(m, mitra)));
            }
            if (paise > loan.get().outstandingPaise()) {
                return replies.reply(requestKind, m.memberId(), mitra, "e_overpay", Map.of("amount", Money.format(paise, tag),
                        "outstanding", Money.format(loan.get().outstandingPaise(), tag)));
            }
            loanId = loan.get().loanId();
        }
        SmsConfirmation c = pending(mitra, m.memberId(), kind, paise, requestSid, now);
        c.loanId = loanId;
        c.bankRef = bankRef(a);
        c.persist();
        return replies.reply(requestKind, m.memberId(), mitra, kind == Kind.DEPOSIT ? "m_confirm_dep" : "m_confirm_rep",
                Map.of("amount", Money.format(paise, tag), "name", MitraReplies.nameFor(m, mitra), "no", no,
                        "shg", m.shgCode(), "code", c.code,
                        "minutes", String.valueOf(config.confirmationTtl().toMinutes())));
    }

    /** A new PENDING request with a fresh code, not yet persisted. */
    SmsConfirmation pending(StaffSummary staff, long memberId, Kind kind, long paise, String requestSid, Instant now) {
        // Abandoned requests would otherwise keep their codes until their time runs out.
        SmsConfirmation.expireStale(staff.staffId(), now);
        SmsConfirmation c = new SmsConfirmation();
        c.code = MitraReplies.freshCode(staff.staffId());
        c.staffId = staff.staffId();
        c.memberId = memberId;
        c.kind = kind;
        c.amountPaise = paise;
        c.requestSid = requestSid;
        c.status = Status.PENDING;
        c.createdAt = now;
        c.expiresAt = now.plus(config.confirmationTtl());
        return c;
    }

    /** Refuses when the staff member's money commands, or (given {@code shgId}) the group's, are locked. */
    Optional<SmsOutcome> lockedOut(String kind, StaffSummary staff, Long shgId, Instant now) {
        Instant until = shgId == null ? limits.staffLockedUntil(staff.staffId(), now) : limits.groupLockedUntil(shgId, now);
        if (until == null) {
            return Optional.empty();
        }
        return Optional.of(replies.reply(kind, null, staff, shgId == null ? "e_locked" : "e_group_locked",
                Map.of("minutes", MitraReplies.minutes(until, now))));
    }

    private SmsOutcome decide(SmsCommand cmd, StaffSummary staff, boolean yes, Instant now) {
        String kind = yes ? "CONFIRM" : "CANCEL";
        String code = cmd.args().stream().filter(s -> s.matches(CODE)).findFirst().orElse(null);
        String pin = cmd.args().stream().filter(s -> s.matches(PIN)).findFirst().orElse(null);
        if (code == null) {
            return replies.reply(kind, null, staff, yes ? "e_usage_yes" : "e_usage_no", Map.of());
        }
        if (yes && pin == null) {
            // Before any lookup: whether the code exists is told only to someone who also has the PIN.
            return replies.reply(kind, null, staff, "e_usage_pin", Map.of("code", code));
        }
        Optional<SmsOutcome> locked = lockedOut(kind, staff, null, now);
        if (locked.isPresent()) {
            return locked.get();
        }
        List<Long> groups = SmsConfirmation.pendingGroups(staff.staffId(), now);
        if (yes) {
            PinCheck check = staffPins.verify(staff.staffId(), pin, now);
            if (!check.isOk()) {
                return wrongPin(kind, staff, check, groups, now);
            }
        }
        Optional<SmsConfirmation> found = SmsConfirmation.latestForUpdate(staff.staffId(), code);
        if (found.isEmpty()) {
            return failed(kind, staff, groups, now, "e_code_unknown", Map.of("code", code));
        }
        SmsConfirmation c = found.get();
        MemberSummary m = directory.member(c.memberId).orElseThrow();
        if (c.status == Status.PENDING && !now.isBefore(c.expiresAt)) {
            c.status = Status.EXPIRED;
            c.decidedAt = now;
        }
        switch (c.status) {
            case CONFIRMED:
                return replies.reply(kind, c.memberId, staff, "e_code_used", Map.of("code", code, "receipt",
                        c.undoOfId == null ? c.receipt() : receiptOf(c.undoOfId)));
            case CANCELLED:
                return replies.reply(kind, c.memberId, staff, "e_code_cancelled", Map.of("code", code));
            case EXPIRED:
                return replies.reply(kind, c.memberId, staff, "e_code_expired", Map.of("code", code));
            default:
                break;
        }
        locked = lockedOut(kind, staff, m.shgId(), now);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (!yes) {
            c.status = Status.CANCELLED;
            c.decidedAt = now;
            return replies.reply(kind, c.memberId, staff, "m_cancelled", Map.of("code", code));
        }
        limits.clearStaff(staff.staffId(), now);
        if (m.status() != MemberStatus.ACTIVE) {
            return replies.reply(kind, m.memberId(), staff, "e_inactive",
                    Map.of("shg", m.shgCode(), "no", String.valueOf(m.memberNo())));
        }
        if (!staffDirectory.staffMayActOn(staff.staffId(), m.shgId())) {
            return replies.reply(kind, m.memberId(), staff, "e_scope", Map.of("shg", m.shgCode()));
        }
        return c.undoOfId != null ? undo.confirm(c, staff, m, now) : post(c, staff, m, now);
    }

    private SmsOutcome wrongPin(String kind, StaffSummary staff, PinCheck check, List<Long> groups, Instant now) {
        return switch (check.outcome()) {
            case NOT_SET -> replies.reply(kind, null, staff, "e_pin_not_set", Map.of());
            case WRONG -> failed(kind, staff, groups, now, "e_pin_wrong",
                    Map.of("tries", String.valueOf(check.remainingTries())));
            default -> check.lockedUntil() == null ? failed(kind, staff, groups, now, "e_pin_reset", Map.of())
                    : failed(kind, staff, groups, now, "e_pin_locked", Map.of("minutes",
                            MitraReplies.minutes(check.lockedUntil(), now)));
        };
    }

    /** Counts a wrong code or PIN; answers {@code key}, or that money commands are now locked. */
    private SmsOutcome failed(String kind, StaffSummary staff, List<Long> groups, Instant now, String key,
                              Map<String, String> values) {
        Instant lock = limits.fail(staff.staffId(), groups, now);
        if (lock != null) {
            return replies.reply(kind, null, staff, "e_locked", Map.of("minutes", MitraReplies.minutes(lock, now)));
        }
        return replies.reply(kind, null, staff, key, values);
    }

    private SmsOutcome post(SmsConfirmation c, StaffSummary mitra, MemberSummary m, Instant now) {
        String kind = "CONFIRM";
        String tag = MitraReplies.memberTag(m);
        LocalDate valueDate = now.atZone(MitraReplies.zoneOf(m.shgId())).toLocalDate();
        PostingContext ctx = new PostingContext("sms-confirm:" + c.id, Channel.SMS, "staff:" + mitra.staffId(), valueDate,
                c.bankRef, "SMS confirmation " + c.id);
        Map<String, String> v = new HashMap<>();
        v.put("name", m.name());
        v.put("shg", m.shgCode());
        v.put("amount", Money.format(c.amountPaise, tag));
        v.put("date", DateText.date(valueDate, tag));
        if (c.kind == Kind.DEPOSIT) {
            PostedTxn t = savings.deposit(m.memberId(), c.amountPaise, ctx);
            c.resultId = t.txnId();
            v.put("balance", Money.format(t.balanceAfterPaise(), tag));
        } else {
            long outstanding = loans.details(c.loanId).outstandingPaise();
            if (c.amountPaise > outstanding) {
                return replies.reply(kind, m.memberId(), mitra, "e_overpay", Map.of("amount", Money.format(c.amountPaise, tag),
                        "outstanding", Money.format(outstanding, tag)));
            }
            PostedRepayment r = loans.repay(c.loanId, c.amountPaise, ctx);
            c.resultId = r.repaymentId();
            v.put("outstanding", Money.format(r.outstandingAfterPaise(), tag));
        }
        c.status = Status.CONFIRMED;
        c.decidedAt = now;
        v.put("receipt", c.receipt());
        replies.notifyMember(m, c.kind == Kind.DEPOSIT ? "receipt_deposit" : "receipt_repayment", v,
                "sms-receipt:" + c.kind + ":" + c.resultId);
        LOG.infof("SMS confirmation %d by staff %d posted %s %d paise for member %d (receipt %s)", c.id, mitra.staffId(),
                c.kind, c.amountPaise, m.memberId(), c.receipt());
        v.put("name", MitraReplies.nameFor(m, mitra));
        return replies.reply(kind, m.memberId(), mitra, c.kind == Kind.DEPOSIT ? "m_done_dep" : "m_done_rep", v);
    }

    private static String receiptOf(long confirmationId) {
        SmsConfirmation original = SmsConfirmation.findById(confirmationId);
        return original == null ? "" : original.receipt();
    }

    /** "500", "Rs500", "₹500", "1,500", "500/-", "500.00" → 500; anything else → -1. */
    static long rupees(String token) {
        Matcher mt = AMOUNT.matcher(token);
        if (!mt.matches()) {
            return -1;
        }
        String digits = mt.group(1).replace(",", "");
        return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static String bankRef(List<String> args) {
        if (args.size() < 4) {
            return null;
        }
        String ref = String.join(" ", args.subList(3, args.size()));
        return ref.length() > 64 ? ref.substring(0, 64) : ref;
    }

    String hours() {
        return String.valueOf(config.undoWindow().toHours());
    }
}
