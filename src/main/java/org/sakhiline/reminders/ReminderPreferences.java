package org.sakhiline.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * A member's say over reminders: stop or restart them (SMS {@code STOP}/{@code START}, a menu option, or
 * staff), and which channel she prefers.
 *
 * <p>SMS STOP/START arrive as the SMS channel's {@code SmsSubscriptionRequest} event ({@link SmsStopStartObserver}
 * calls {@link #apply}). {@link #handleKeyword(String, String)} is the same for a caller that also wants the
 * reply text in her language (e.g. a gateway without Twilio's own opt-out confirmations).
 */
@ApplicationScoped
@Transactional
public class ReminderPreferences {

    private static final Logger LOG = Logger.getLogger(ReminderPreferences.class);

    /** Twilio's standard opt-out words plus the Hindi/Urdu ones members use, in Latin and native script. */
    static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "BAND", "BUND",
            "बंद", "بند");
    static final Set<String> START_WORDS = Set.of("START", "UNSTOP", "SHURU", "SHURUA", "शुरू", "شروع");

    public enum Keyword { STOP, START }

    /**
     * The answer to a reminder keyword.
     *
     * @param memberIds members reached on that phone whose setting changed or was confirmed (empty: unknown phone)
     * @param language  language of {@code reply}
     */
    public record KeywordReply(Keyword keyword, List<Long> memberIds, String language, String reply) {}

    @Inject
    ReminderTexts texts;

    @Inject
    Clock clock;

    /** Stops all reminders for the member (idempotent). */
    public void stop(long memberId) {
        member(memberId).remindersOptOut = true;
    }

    /** Starts reminders again (idempotent); a channel preference of NONE is left as it is. */
    public void start(long memberId) {
        member(memberId).remindersOptOut = false;
    }

    @Transactional(TxType.SUPPORTS)
    public boolean optedOut(long memberId) {
        return member(memberId).remindersOptOut;
    }

    /** Her channel preference; empty means "as the rule says". */
    @Transactional(TxType.SUPPORTS)
    public Optional<ReminderChannel> channel(long memberId) {
        member(memberId);
        return Member.getEntityManager()
                .createNativeQuery("SELECT channel FROM member_reminder_channel WHERE member_id = ?1", String.class)
                .setParameter(1, memberId).getResultStream().findFirst().map(v -> ReminderChannel.valueOf(v.toString()));
    }

    /** Sets (or with null clears) her channel preference: SMS, VOICE, BOTH or NONE. */
    public void setChannel(long memberId, ReminderChannel channel) {
        member(memberId);
        var em = Member.getEntityManager();
        if (channel == null) {
            em.createNativeQuery("DELETE FROM member_reminder_channel WHERE member_id = ?1").setParameter(1, memberId).executeUpdate();
            return;
        }
        em.createNativeQuery("INSERT INTO member_reminder_channel (member_id, channel, updated_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE channel = VALUES(channel), updated_at = VALUES(updated_at)")
                .setParameter(1, memberId).setParameter(2, channel.name())
                .setParameter(3, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * Handles an inbound SMS if it is a reminder keyword ({@code STOP}, {@code START} and their
     * variants, any case, surrounding spaces and punctuation ignored). STOP/START applies to every active
     * member reached on {@code fromPhone} — a shared handset stops for all of them — and the reply is in
     * the first such member's language.
     *
     * @return the reply to send back, or empty when the text is not a reminder keyword
     */
    public Optional<KeywordReply> handleKeyword(String fromPhone, String text) {
        Optional<Keyword> keyword = keyword(text);
        if (keyword.isEmpty()) {
            return Optional.empty();
        }
        List<Member> members = apply(fromPhone, keyword.get());
        if (members.isEmpty()) {
            return Optional.of(new KeywordReply(keyword.get(), List.of(), "en", texts.reply("en", "not_registered").body()));
        }
        Member first = members.get(0);
        String lang = Languages.tag(first.language, first.script == ScriptVariant.ROMAN);
        ReminderTexts.Text reply = texts.reply(lang, keyword.get() == Keyword.STOP ? "stopped" : "started");
        return Optional.of(new KeywordReply(keyword.get(), members.stream().map(m -> m.id).toList(), reply.language(), reply.body()));
    }

    /**
     * Sets or clears the opt-out of every active member reached on {@code phone} (what SMS STOP/START
     * does; the SMS channel's event lands here). Returns those members, in id order.
     */
    public List<Member> apply(String phone, Keyword keyword) {
        List<Member> members = Member.list("select m from Member m where m.status = ?1 and m.id in"
                + " (select p.memberId from MemberPhone p where p.phoneE164 = ?2) order by m.id", MemberStatus.ACTIVE, phone);
        boolean stop = keyword == Keyword.STOP;
        for (Member m : members) {
            m.remindersOptOut = stop;
        }
        LOG.infof("reminders %s for %d member(s) on %s", stop ? "stopped" : "started", members.size(), PhoneMask.mask(phone));
        return members;
    }

    /** STOP or START if the whole message is one of their words. */
    public static Optional<Keyword> keyword(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s।۔]+$", "").toUpperCase(Locale.ROOT);
        if (STOP_WORDS.contains(word)) {
            return Optional.of(Keyword.STOP);
        }
        if (START_WORDS.contains(word)) {
            return Optional.of(Keyword.START);
        }
        return Optional.empty();
    }

    private static Member member(long memberId) {
        if (memberId <= 0) {
            throw new InvalidInputException("memberId", "must be positive");
        }
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        return m;
    }
}
