package org.sakhiline.channel.sms;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.channel.sms.SmsCommand.Keyword;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.books.MenuEffectWriter;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.reminders.SmsSubscriptionRequest;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * Handles one inbound SMS exactly once per MessageSid.
 *
 * <p>One transaction per message: it first inserts the {@code sms_inbound} row ({@code INSERT IGNORE}
 * on the unique sid, which waits for a concurrent delivery of the same sid to commit), then routes the
 * command, posts and writes outbox rows, and stores the reply. A redelivery finds the row and answers
 * the stored reply; nothing runs twice. If the ledger refuses inside the transaction (a race the
 * commands' own checks did not see), that transaction rolls back and a second one records the message
 * with a short refusal, so the refusal is replayed too.
 *
 * <p>The body is stored with PINs masked ({@link SmsPinMask}); bodies are never logged.
 *
 * <p>Replies: the answer to the sender goes inline in the TwiML by default ({@link SmsConfig#replyMode()}),
 * and always through the outbox, pinned to the same gateway, for gateways that take no inline answer;
 * messages to anyone else (the member's receipt after a mitra's YES) always go through the outbox in
 * the same transaction as the posting.
 */
@ApplicationScoped
public class InboundSmsService {

    private static final Logger LOG = Logger.getLogger(InboundSmsService.class);

    @Inject
    EntityManager em;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    MenuBooks books;

    @Inject
    MemberSmsCommands memberCommands;

    @Inject
    MenuEffectWriter effects;

    @Inject
    MitraSmsCommands mitraCommands;

    @Inject
    SheetWrongReplies wrongReplies;

    @Inject
    UnknownSenders unknownSenders;

    @Inject
    MitraLimits limits;

    @Inject
    SmsTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    SmsConfig config;

    @Inject
    Event<SmsSubscriptionRequest> subscriptions;

    public SmsAnswer handle(InboundSms sms) {
        try {
            // A conflict (deadlock, a Galera certification failure) runs the message again: the mitra sees her YES taken.
            return RetryOnDeadlock.inNewTransaction("inbound SMS", () -> process(sms));
        } catch (RuntimeException e) {
            DomainException refusal = domainCause(e);
            if (refusal == null) {
                throw e;
            }
            LOG.infof("inbound SMS from %s refused by the ledger (%s): %s", PhoneMask.mask(sms.from()), refusal.code(),
                    refusal.getMessage());
            return QuarkusTransaction.requiringNew().call(() -> recordRefusal(sms, refusal));
        }
    }

    /** Stores what the message was taken for and delivers the reply inline or through the outbox. */
    private SmsAnswer finish(InboundSms sms, SmsOutcome outcome) {
        SmsTemplates.Rendered reply = outcome.reply();
        String via = "NONE";
        SmsAnswer answer = SmsAnswer.EMPTY;
        if (reply != null) {
            boolean send = config.replyMode() == SmsConfig.ReplyMode.OUTBOX || !sms.answersInline();
            if (send && sms.from().matches("\\+[1-9][0-9]{6,14}")) {
                outbox.enqueue(OutgoingMessage.sms(sms.from(), reply.text()).withLanguage(reply.language())
                        .withTemplate(reply.key(), reply.dltTemplateId()).withDedupeKey("sms-reply:" + sms.messageSid())
                        .via(sms.gateway()));
                via = "OUTBOX";
            } else {
                answer = new SmsAnswer(reply.text());
                via = "INLINE";
            }
        }
        em.createNativeQuery("UPDATE sms_inbound SET kind = ?1, member_id = ?2, staff_id = ?3, reply = ?4, reply_via = ?5"
                        + " WHERE message_sid = ?6")
                .setParameter(1, outcome.kind()).setParameter(2, outcome.memberId()).setParameter(3, outcome.staffId())
                .setParameter(4, reply == null ? null : clip(reply.text(), 1600)).setParameter(5, via)
                .setParameter(6, sms.messageSid()).executeUpdate();
        return answer;
    }

    private SmsAnswer process(InboundSms sms) {
        Instant now = Instant.now();
        if (!claim(sms, now)) {
            return stored(sms.messageSid()).orElse(SmsAnswer.EMPTY);
        }
        SmsOutcome outcome = route(sms, now);
        return finish(sms, outcome);
    }

    private SmsAnswer recordRefusal(InboundSms sms, DomainException refusal) {
        Instant now = Instant.now();
        if (!claim(sms, now)) {
            return stored(sms.messageSid()).orElse(SmsAnswer.EMPTY);
        }
        Optional<StaffSummary> staff = staffDirectory.staffByPhone(sms.from());
        String lang = staff.map(StaffSummary::language).orElse("en");
        SmsOutcome outcome = new SmsOutcome("REFUSED", null, staff.map(StaffSummary::staffId).orElse(null),
                templates.render(lang, refusalText(refusal.code())));
        return finish(sms, outcome);
    }

    /** The ledger's refusal in her words: its machine code (e.g. idempotency-key-reused) never reaches an SMS. */
    static String refusalText(String code) {
        return switch (code) {
            case ConflictException.ALREADY_REVERSED, BusinessRuleException.REVERSAL_OF_REVERSAL -> "e_refused_reversed";
            case BusinessRuleException.OVERDRAFT, BusinessRuleException.REVERSAL_OVERDRAFT -> "e_refused_overdraft";
            case BusinessRuleException.OVERPAYMENT -> "e_refused_overpay";
            case BusinessRuleException.INACTIVE -> "e_refused_inactive";
            default -> "e_refused";
        };
    }

    /** Who sent it decides which commands apply: a bank mitra, other staff, members, or nobody known. */
    private SmsOutcome route(InboundSms sms, Instant now) {
        SmsCommand cmd = SmsCommandParser.parse(sms.body());
        Optional<StaffSummary> staff = staffDirectory.staffByPhone(sms.from());
        if (staff.isPresent() && mitraWord(cmd)) {
            return moneyCommand(cmd, staff.get(), sms, now);
        }
        Optional<SmsSubscriptionRequest.Action> subscription = subscription(cmd, sms.optOutType());
        if (subscription.isPresent()) {
            subscriptions.fire(new SmsSubscriptionRequest(sms.from(), subscription.get(),
                    cmd.word().isEmpty() ? String.valueOf(sms.optOutType()) : cmd.word(), sms.messageSid(), now));
            return SmsOutcome.silent("OPT_" + subscription.get());
        }
        List<CallerMember> members = books.membersForPhone(sms.from());
        if (!members.isEmpty() && cmd.keyword() == Keyword.WRONG) {
            return wrongReplies.answer(cmd, members, sms.messageSid(), sms.body(), now);
        }
        if (!members.isEmpty()) {
            SmsOutcome outcome = memberCommands.answer(cmd, members, now);
            effects.apply(outcome.effects()); // in the message's transaction; the console's dry run skips this
            return outcome;
        }
        if (staff.isPresent()) {
            StaffSummary s = staff.get();
            return s.role() == StaffRole.BANK_MITRA ? moneyCommand(cmd, s, sms, now)
                    : new SmsOutcome("STAFF_REFUSED", null, s.staffId(), templates.render(s.language(), "e_not_mitra"));
        }
        if (unknownSenders.mayReply(sms.from(), now, config.unknownReplyInterval())) {
            return new SmsOutcome("UNKNOWN_PHONE", null, null, templates.render(guessLanguage(sms.from()), "unknown_phone"));
        }
        return SmsOutcome.silent("UNKNOWN_PHONE");
    }

    /**
     * A staff member's money command, within her number's message budget: past it she gets one short notice,
     * then silence until the window ends (each answer is an SMS someone pays for; a flood from a forged
     * number would otherwise land on the real mitra's phone).
     */
    private SmsOutcome moneyCommand(SmsCommand cmd, StaffSummary s, InboundSms sms, Instant now) {
        return switch (limits.countMessage(sms.from(), now)) {
            case ANSWER -> mitraCommands.answer(cmd, s, sms.messageSid(), now);
            case NOTICE -> new SmsOutcome("RATE_LIMITED", null, s.staffId(), templates.render(s.language(), "e_too_many",
                    Map.of("minutes", String.valueOf(config.senderWindow().toMinutes()))));
            case SILENCE -> new SmsOutcome("RATE_LIMITED", null, s.staffId(), null);
        };
    }

    /** Words of the staff's maker-checker (STOP with a confirmation code cancels a request). */
    private static boolean mitraWord(SmsCommand cmd) {
        Keyword k = cmd.keyword();
        return k == Keyword.DEPOSIT || k == Keyword.REPAYMENT || k == Keyword.YES || k == Keyword.NO
                || k == Keyword.UNDO || (k == Keyword.STOP && cmd.args().stream().anyMatch(a -> a.matches(MitraSmsCommands.CODE)));
    }

    /**
     * What the console's simulator shows for a message: the reply its sender would get ({@code reply}), or
     * why the simulator stops short ({@code refusal}).
     */
    public record DryRun(String kind, SmsTemplates.Rendered reply, String refusal) {}

    /**
     * Answers {@code body} from {@code from} as the webhook would, without recording the message, writing
     * the outbox or changing anything: member commands read through {@code readOnlyBooks} (LANG is answered
     * but not saved), and what would move money (a mitra's DEP, REP, YES, NO, UNDO) or change a
     * subscription (STOP, START) is refused with a note.
     */
    public DryRun dryRun(String from, String body, MenuBooks readOnlyBooks, Instant now) {
        SmsCommand cmd = SmsCommandParser.parse(body);
        Optional<StaffSummary> staff = staffDirectory.staffByPhone(from);
        String mitraRefusal = "A bank mitra's commands (DEP, REP, YES, NO, UNDO) create, confirm or reverse money "
                + "postings, so the simulator does not run them.";
        if (staff.isPresent() && mitraWord(cmd)) {
            return new DryRun("MITRA_COMMAND", null, mitraRefusal);
        }
        Optional<SmsSubscriptionRequest.Action> subscription = subscription(cmd, null);
        if (subscription.isPresent()) {
            return new DryRun("OPT_" + subscription.get(), null, subscription.get()
                    + " would change which reminders this phone gets, so the simulator does not run it.");
        }
        List<CallerMember> members = readOnlyBooks.membersForPhone(from);
        if (!members.isEmpty() && cmd.keyword() == Keyword.WRONG) {
            SmsOutcome outcome = wrongReplies.dryRun(cmd, members);
            return new DryRun(outcome.kind(), outcome.reply(), null);
        }
        if (!members.isEmpty()) {
            SmsOutcome outcome = memberCommands.answer(cmd, members, now, readOnlyBooks);
            return new DryRun(outcome.kind(), outcome.reply(), null);
        }
        if (staff.isPresent()) {
            return staff.get().role() == StaffRole.BANK_MITRA ? new DryRun("MITRA_COMMAND", null, mitraRefusal)
                    : new DryRun("STAFF_REFUSED", templates.render(staff.get().language(), "e_not_mitra"), null);
        }
        return new DryRun("UNKNOWN_PHONE", templates.render(guessLanguage(from), "unknown_phone"), null);
    }

    private static Optional<SmsSubscriptionRequest.Action> subscription(SmsCommand cmd, String optOutType) {
        if (optOutType != null && !optOutType.isBlank()) {
            String t = optOutType.strip().toUpperCase(java.util.Locale.ROOT);
            if (t.equals("STOP")) {
                return Optional.of(SmsSubscriptionRequest.Action.STOP);
            }
            if (t.equals("START")) {
                return Optional.of(SmsSubscriptionRequest.Action.START);
            }
        }
        return switch (cmd.keyword()) {
            case STOP -> Optional.of(SmsSubscriptionRequest.Action.STOP);
            case START -> Optional.of(SmsSubscriptionRequest.Action.START);
            default -> Optional.empty();
        };
    }

    /** The language for someone we do not know: Roman Urdu in Pakistan, Roman Hindi in India (cheap GSM-7). */
    static String guessLanguage(String phone) {
        if (phone != null && phone.startsWith("+92")) {
            return "ur-Latn";
        }
        if (phone != null && phone.startsWith("+91")) {
            return "hi-Latn";
        }
        return "en";
    }

    /**
     * Inserts the row for this sid; false when it already exists (a redelivery). A concurrent delivery of
     * the same sid waits here on the unique key until the first one commits (or rolls back).
     */
    private boolean claim(InboundSms sms, Instant now) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO sms_inbound (message_sid, from_number, to_number, body,"
                        + " kind, reply_via, created_at) VALUES (?1, ?2, ?3, ?4, 'RECEIVED', 'NONE', ?5)")
                .setParameter(1, sms.messageSid()).setParameter(2, clip(sms.from(), 32)).setParameter(3, clip(sms.to(), 32))
                .setParameter(4, clip(sms.body() == null ? "" : SmsPinMask.mask(sms.body()), 1600)).setParameter(5, now).executeUpdate();
        return inserted == 1;
    }

    /** The stored answer; a locking read, so it sees the committed row even in an older snapshot. */
    private Optional<SmsAnswer> stored(String sid) {
        List<?> rows = em.createNativeQuery("SELECT reply, reply_via FROM sms_inbound WHERE message_sid = ?1 LOCK IN SHARE MODE")
                .setParameter(1, sid).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of("INLINE".equals(row[1]) ? new SmsAnswer((String) row[0]) : SmsAnswer.EMPTY);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
