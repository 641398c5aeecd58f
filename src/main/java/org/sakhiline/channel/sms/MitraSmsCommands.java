package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.PostedTxn;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.channel.sms.SmsConfirmation.Kind;
import org.sakhiline.channel.sms.SmsConfirmation.Status;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * The bank mitra's maker-checker by SMS: {@code DEP|REP <SHG code> <member no> <amount> [bank ref]} asks,
 * {@code YES <code>} posts (channel SMS, actor {@code staff:<id>}, idempotency key
 * {@code sms-confirm:<confirmation id>}) and writes the member's receipt to the outbox in the same
 * transaction, {@code NO <code>} cancels, {@code UNDO <receipt>} reverses within the undo window.
 * Every refusal is one short message naming the reason; nothing is posted on a refusal.
 *
 * <p>Runs inside the inbound message's transaction. Rules the ledger enforces too (overpayment,
 * reversal overdraft, already reversed) are checked first, so the usual refusal needs no rollback.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class MitraSmsCommands {

    private static final Logger LOG = Logger.getLogger(MitraSmsCommands.class);
    private static final Pattern AMOUNT = Pattern.compile("(?:RS\\.?|₹|INR|PKR)?([0-9][0-9,]*)(?:\\.0{1,2})?(?:/-)?");
    private static final Pattern RECEIPT = Pattern.compile("(L?)([0-9]{1,18})");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    Outbox outbox;

    @Inject
    SmsTemplates templates;

    @Inject
    SmsConfig config;

    public SmsOutcome answer(SmsCommand cmd, StaffSummary mitra, String requestSid, Instant now) {
        return switch (cmd.keyword()) {
            case DEPOSIT -> request(cmd, mitra, Kind.DEPOSIT, requestSid, now);
            case REPAYMENT -> request(cmd, mitra, Kind.REPAYMENT, requestSid, now);
            case YES -> decide(cmd, mitra, true, now);
            case NO, STOP -> decide(cmd, mitra, false, now);
            case UNDO -> undo(cmd, mitra, now);
            default -> reply("MITRA_HELP", null, mitra, "m_help", Map.of("hours", hours()));
        };
    }

    private SmsOutcome request(SmsCommand cmd, StaffSummary mitra, Kind kind, String requestSid, Instant now) {
        String usage = kind == Kind.DEPOSIT ? "e_usage_dep" : "e_usage_rep";
        String requestKind = kind == Kind.DEPOSIT ? "DEPOSIT_REQUEST" : "REPAYMENT_REQUEST";
        List<String> a = cmd.args();
        if (a.size() < 3 || !a.get(1).matches("[0-9]{1,6}")) {
            return reply(requestKind, null, mitra, usage, Map.of());
        }
        String shgCode = a.get(0);
        String no = a.get(1);
        Optional<OrgUnit> group = OrgUnit.findByCode(shgCode).filter(OrgUnit::isGroup);
        if (group.isEmpty()) {
            return reply(requestKind, null, mitra, "e_no_group", Map.of("shg", shgCode));
        }
        if (!staffDirectory.staffMayActOn(mitra.staffId(), group.get().id)) {
            return reply(requestKind, null, mitra, "e_scope", Map.of("shg", group.get().code));
        }
        Optional<MemberSummary> found = directory.member(group.get().code, Integer.parseInt(no));
        if (found.isEmpty()) {
            return reply(requestKind, null, mitra, "e_no_member", Map.of("shg", group.get().code, "no", no));
        }
        MemberSummary m = found.get();
        if (m.status() != MemberStatus.ACTIVE) {
            return reply(requestKind, m.memberId(), mitra, "e_inactive", Map.of("shg", m.shgCode(), "no", no));
        }
        long rupees = rupees(a.get(2));
        if (rupees < 1 || rupees > config.maxDepositRupees()) {
            return reply(requestKind, m.memberId(), mitra, "e_amount",
                    Map.of("max", Money.format(config.maxDepositRupees() * 100, memberTag(m))));
        }
        long paise = rupees * 100;
        Long loanId = null;
        if (kind == Kind.REPAYMENT) {
            Optional<LoanDetails> loan = loans.loansOf(m.memberId()).stream()
                    .filter(l -> l.status() == LoanStatus.ACTIVE && l.outstandingPaise() > 0)
                    .min(Comparator.comparingLong(LoanDetails::loanId));
            if (loan.isEmpty()) {
                return reply(requestKind, m.memberId(), mitra, "e_no_loan", Map.of("name", nameFor(m, mitra)));
            }
            if (paise > loan.get().outstandingPaise()) {
                return reply(requestKind, m.memberId(), mitra, "e_overpay", Map.of("amount", Money.format(paise, memberTag(m)),
                        "outstanding", Money.format(loan.get().outstandingPaise(), memberTag(m))));
            }
            loanId = loan.get().loanId();
        }
        SmsConfirmation c = new SmsConfirmation();
        // Abandoned requests would otherwise keep their codes forever and slowly use up the 9,000 codes.
        SmsConfirmation.expireStale(mitra.staffId(), now);
        c.code = freshCode(mitra.staffId());
        c.staffId = mitra.staffId();
        c.memberId = m.memberId();
        c.kind = kind;
        c.amountPaise = paise;
        c.loanId = loanId;
        c.bankRef = bankRef(a);
        c.requestSid = requestSid;
        c.status = Status.PENDING;
        c.createdAt = now;
        c.expiresAt = now.plus(config.confirmationTtl());
        c.persist();
        return reply(requestKind, m.memberId(), mitra, kind == Kind.DEPOSIT ? "m_confirm_dep" : "m_confirm_rep",
                Map.of("amount", Money.format(paise, memberTag(m)), "name", nameFor(m, mitra), "no", no,
                        "shg", m.shgCode(), "code", c.code,
                        "minutes", String.valueOf(config.confirmationTtl().toMinutes())));
    }

    private SmsOutcome decide(SmsCommand cmd, StaffSummary mitra, boolean yes, Instant now) {
        String kind = yes ? "CONFIRM" : "CANCEL";
        String code = cmd.args().stream().filter(s -> s.matches("[0-9]{4}")).findFirst().orElse(null);
        if (code == null) {
            return reply(kind, null, mitra, "e_usage_code", Map.of());
        }
        Optional<SmsConfirmation> found = SmsConfirmation.latestForUpdate(mitra.staffId(), code);
        if (found.isEmpty()) {
            return reply(kind, null, mitra, "e_code_unknown", Map.of("code", code));
        }
        SmsConfirmation c = found.get();
        if (c.status == Status.PENDING && !now.isBefore(c.expiresAt)) {
            c.status = Status.EXPIRED;
            c.decidedAt = now;
        }
        switch (c.status) {
            case CONFIRMED:
                return reply(kind, c.memberId, mitra, "e_code_used", Map.of("code", code, "receipt", c.receipt()));
            case CANCELLED:
                return reply(kind, c.memberId, mitra, "e_code_cancelled", Map.of("code", code));
            case EXPIRED:
                return reply(kind, c.memberId, mitra, "e_code_expired", Map.of("code", code));
            default:
                break;
        }
        if (!yes) {
            c.status = Status.CANCELLED;
            c.decidedAt = now;
            return reply(kind, c.memberId, mitra, "m_cancelled", Map.of("code", code));
        }
        MemberSummary m = directory.member(c.memberId).orElseThrow();
        if (m.status() != MemberStatus.ACTIVE) {
            return reply(kind, m.memberId(), mitra, "e_inactive", Map.of("shg", m.shgCode(), "no", String.valueOf(m.memberNo())));
        }
        if (!staffDirectory.staffMayActOn(mitra.staffId(), m.shgId())) {
            return reply(kind, m.memberId(), mitra, "e_scope", Map.of("shg", m.shgCode()));
        }
        String tag = memberTag(m);
        LocalDate valueDate = now.atZone(zoneOf(m.shgId())).toLocalDate();
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
                return reply(kind, m.memberId(), mitra, "e_overpay", Map.of("amount", Money.format(c.amountPaise, tag),
                        "outstanding", Money.format(outstanding, tag)));
            }
            PostedRepayment r = loans.repay(c.loanId, c.amountPaise, ctx);
            c.resultId = r.repaymentId();
            v.put("outstanding", Money.format(r.outstandingAfterPaise(), tag));
        }
        c.status = Status.CONFIRMED;
        c.decidedAt = now;
        v.put("receipt", c.receipt());
        notifyMember(m, c.kind == Kind.DEPOSIT ? "receipt_deposit" : "receipt_repayment", v,
                "sms-receipt:" + c.kind + ":" + c.resultId);
        LOG.infof("SMS confirmation %d by staff %d posted %s %d paise for member %d (receipt %s)", c.id, mitra.staffId(),
                c.kind, c.amountPaise, m.memberId(), c.receipt());
        v.put("name", nameFor(m, mitra));
        return reply(kind, m.memberId(), mitra, c.kind == Kind.DEPOSIT ? "m_done_dep" : "m_done_rep", v);
    }

    private SmsOutcome undo(SmsCommand cmd, StaffSummary mitra, Instant now) {
        Matcher receipt = RECEIPT.matcher(String.join("", cmd.args()));
        if (!receipt.matches()) {
            return reply("UNDO", null, mitra, "e_usage_undo", Map.of());
        }
        Kind kind = receipt.group(1).isEmpty() ? Kind.DEPOSIT : Kind.REPAYMENT;
        long resultId = Long.parseLong(receipt.group(2));
        String shown = SmsConfirmation.receipt(kind, resultId);
        Optional<SmsConfirmation> found = SmsConfirmation.byResultForUpdate(kind, resultId);
        if (found.isEmpty()) {
            return reply("UNDO", null, mitra, "e_receipt_unknown", Map.of("receipt", shown));
        }
        SmsConfirmation c = found.get();
        MemberSummary m = directory.member(c.memberId).orElseThrow();
        // Scope is checked for the posting mitra too: she may have been moved off this group since.
        if (!staffDirectory.staffMayActOn(mitra.staffId(), m.shgId())) {
            return reply("UNDO", m.memberId(), mitra, "e_undo_scope", Map.of("receipt", shown));
        }
        if (c.reversalId != null) {
            return reply("UNDO", m.memberId(), mitra, "e_undo_done", Map.of("receipt", shown));
        }
        if (c.decidedAt.plus(config.undoWindow()).isBefore(now)) {
            return reply("UNDO", m.memberId(), mitra, "e_undo_late", Map.of("receipt", shown, "hours", hours()));
        }
        String tag = memberTag(m);
        LocalDate valueDate = now.atZone(zoneOf(m.shgId())).toLocalDate();
        PostingContext ctx = new PostingContext("sms-undo:" + c.id, Channel.SMS, "staff:" + mitra.staffId(), valueDate,
                c.bankRef, "SMS undo of confirmation " + c.id);
        Map<String, String> v = new HashMap<>();
        v.put("name", m.name());
        v.put("shg", m.shgCode());
        v.put("receipt", shown);
        v.put("amount", Money.format(c.amountPaise, tag));
        if (kind == Kind.DEPOSIT) {
            if (savings.balancePaise(m.memberId()) < c.amountPaise) {
                return reply("UNDO", m.memberId(), mitra, "e_undo_overdraft", Map.of("receipt", shown));
            }
            PostedTxn t = savings.reverse(resultId, ctx);
            c.reversalId = t.txnId();
            v.put("balance", Money.format(t.balanceAfterPaise(), tag));
        } else {
            PostedRepayment r = loans.reverseRepayment(resultId, ctx);
            c.reversalId = r.repaymentId();
            v.put("outstanding", Money.format(r.outstandingAfterPaise(), tag));
        }
        c.reversedAt = now;
        c.reversedByStaffId = mitra.staffId();
        notifyMember(m, kind == Kind.DEPOSIT ? "reversal_deposit" : "reversal_repayment", v,
                "sms-reversal:" + kind + ":" + c.reversalId);
        LOG.infof("SMS undo by staff %d reversed receipt %s of member %d", mitra.staffId(), shown, m.memberId());
        v.put("name", nameFor(m, mitra));
        return reply("UNDO", m.memberId(), mitra, "m_undone", v);
    }

    /** The member's message goes through the outbox, to each of her phones, in this transaction. */
    private void notifyMember(MemberSummary m, String key, Map<String, String> values, String dedupeKey) {
        String tag = memberTag(m);
        Map<String, String> v = new HashMap<>(values);
        v.put("name", displayName(m, tag));
        SmsTemplates.Rendered text = templates.render(tag, key, v);
        for (String phone : directory.phonesOf(m.memberId())) {
            outbox.enqueue(OutgoingMessage.sms(phone, text.text()).withLanguage(text.language())
                    .withTemplate(text.key(), text.dltTemplateId()).withDedupeKey(dedupeKey + ":" + phone).forMember(m.memberId()));
        }
    }

    private SmsOutcome reply(String kind, Long memberId, StaffSummary mitra, String key, Map<String, String> values) {
        return new SmsOutcome(kind, memberId, mitra.staffId(), templates.render(mitra.language(), key, values));
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

    private static String freshCode(long staffId) {
        for (int i = 0; i < 20; i++) {
            String code = String.valueOf(1000 + RANDOM.nextInt(9000));
            if (!SmsConfirmation.pendingCodeTaken(staffId, code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free confirmation code for staff " + staffId);
    }

    private String hours() {
        return String.valueOf(config.undoWindow().toHours());
    }

    private static String memberTag(MemberSummary m) {
        return Languages.tag(m.language(), m.script() == ScriptVariant.ROMAN);
    }

    /** Her name as the reader of {@code tag} reads it: native script unless Latin letters are read. */
    private static String displayName(MemberSummary m, String tag) {
        boolean latin = "en".equals(tag) || Languages.roman(tag);
        return latin || m.nameNative() == null || m.nameNative().isBlank() ? m.name() : m.nameNative();
    }

    private static String nameFor(MemberSummary m, StaffSummary mitra) {
        return displayName(m, mitra.language());
    }

    private static ZoneId zoneOf(long shgId) {
        ShgProfile profile = ShgProfile.findById(shgId);
        return profile == null ? ZoneId.of("Asia/Kolkata") : profile.zone();
    }
}
