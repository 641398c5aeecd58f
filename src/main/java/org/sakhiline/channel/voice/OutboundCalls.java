package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxChannel;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Calls to a member: a spoken message goes through the outbox (a VOICE row, placed by the dispatcher
 * under the call rate limit, retried like an SMS); a menu call is placed at once and she hears the
 * flow as if she had called, without being asked who she is.
 */
@ApplicationScoped
public class OutboundCalls {

    @Inject
    MemberDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    FlowStore flows;

    @Inject
    VoiceCallSender sender;

    /** A placed or queued call: the outbox row of a message call, the call SID of a menu call. */
    public record Placed(long memberId, String to, Long outboxId, String callSid) {}

    /** Queues a call that speaks {@code message} in her language; {@code dedupeKey} makes a repeat a no-op. */
    @Transactional
    public Placed message(long memberId, String message, String dedupeKey) {
        MemberSummary m = member(memberId);
        String phone = phone(memberId);
        String lang = Languages.tag(m.language(), m.script() == ScriptVariant.ROMAN);
        // The caller's key gets its own namespace: outbox dedupe keys are shared with reminders and receipts,
        // and a guessed "rem:..." key would otherwise silently suppress someone else's reminder.
        OutgoingMessage row = new OutgoingMessage(OutboxChannel.VOICE, phone, message, lang, null, null,
                dedupeKey == null || dedupeKey.isBlank() ? null : "api-call:" + memberId + ":" + dedupeKey.strip()).forMember(memberId);
        return new Placed(memberId, phone, outbox.enqueue(row), null);
    }

    /** Calls her now to hear {@code flowKey}. */
    public Placed menu(long memberId, String flowKey) {
        member(memberId);
        String phone = phone(memberId);
        try {
            flows.current(flowKey);
        } catch (IllegalStateException e) {
            throw new InvalidInputException("flow", "no published flow '" + flowKey + "'");
        }
        return new Placed(memberId, phone, null, sender.placeMenuCall(memberId, phone, flowKey));
    }

    private MemberSummary member(long memberId) {
        return directory.member(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private String phone(long memberId) {
        List<String> phones = directory.phonesOf(memberId);
        if (phones.isEmpty()) {
            throw new BusinessRuleException("NO_PHONE", "member " + memberId + " has no phone to call");
        }
        return phones.get(0);
    }
}
