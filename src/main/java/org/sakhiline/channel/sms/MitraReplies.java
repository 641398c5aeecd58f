package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.i18n.Languages;

/** What the mitra commands share: replies in the staff member's language, the member's notices, codes, zones. */
@ApplicationScoped
public class MitraReplies {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Digits of a confirmation code: 900,000 codes, looked up only among the sender's own requests. */
    static final int CODE_DIGITS = 6;

    @Inject
    MemberDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    SmsTemplates templates;

    SmsOutcome reply(String kind, Long memberId, StaffSummary staff, String key, Map<String, String> values) {
        return new SmsOutcome(kind, memberId, staff.staffId(), templates.render(staff.language(), key, values));
    }

    /** The member's message goes through the outbox, to each of her phones, in this transaction. */
    void notifyMember(MemberSummary m, String key, Map<String, String> values, String dedupeKey) {
        String tag = memberTag(m);
        Map<String, String> v = new HashMap<>(values);
        v.put("name", displayName(m, tag));
        SmsTemplates.Rendered text = templates.render(tag, key, v);
        for (String phone : directory.phonesOf(m.memberId())) {
            outbox.enqueue(OutgoingMessage.sms(phone, text.text()).withLanguage(text.language())
                    .withTemplate(text.key(), text.dltTemplateId()).withDedupeKey(dedupeKey + ":" + phone));
        }
    }

    /** A code no pending request of this staff member holds (the unique key on pending codes backs this up). */
    static String freshCode(long staffId) {
        int low = (int) Math.pow(10, CODE_DIGITS - 1);
        for (int i = 0; i < 20; i++) {
            String code = String.valueOf(low + RANDOM.nextInt(9 * low));
            if (!SmsConfirmation.pendingCodeTaken(staffId, code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free confirmation code for staff " + staffId);
    }

    static String minutes(Instant until, Instant now) {
        return String.valueOf(SmsLimitRule.minutesUntil(until, now));
    }

    static String memberTag(MemberSummary m) {
        return Languages.tag(m.language(), m.script() == ScriptVariant.ROMAN);
    }

    /** Her name as the reader of {@code tag} reads it: native script unless Latin letters are read. */
    static String displayName(MemberSummary m, String tag) {
        boolean latin = "en".equals(tag) || Languages.roman(tag);
        return latin || m.nameNative() == null || m.nameNative().isBlank() ? m.name() : m.nameNative();
    }

    static String nameFor(MemberSummary m, StaffSummary staff) {
        return displayName(m, staff.language());
    }

    static ZoneId zoneOf(long shgId) {
        ShgProfile profile = ShgProfile.findById(shgId);
        return profile == null ? ZoneId.of("Asia/Kolkata") : profile.zone();
    }
}
