package org.sakhiline.messaging;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a caller asks the outbox to send. Build with {@link #sms(String, String)} and the {@code with…}
 * methods, e.g. {@code OutgoingMessage.sms(phone, text).withLanguage("hi").withTemplate("receipt", dltId)
 * .withDedupeKey("receipt:" + txId)}.
 *
 * @param dedupeKey when set, a second enqueue with the same key returns the first row instead of
 *                  adding one, so re-running whatever produced the message cannot send it twice
 * @param memberId  the member it is for, when it is for one: a number taken off her record cancels
 *                  what still waits for her on it ({@link OutboxCancellations})
 * @param provider  the SMS gateway that must carry it (a reply goes back the way the message came);
 *                  null lets {@link SmsRouting} choose by org unit and country
 */
public record OutgoingMessage(
        OutboxChannel channel,
        String recipient,
        String body,
        String language,
        String templateKey,
        String dltTemplateId,
        String dedupeKey,
        Long memberId,
        String provider) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** Twilio refuses longer bodies. */
    public static final int MAX_BODY = 1600;

    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        if (recipient == null || !E164.matcher(recipient).matches()) {
            throw new IllegalArgumentException("recipient must be an E.164 number");
        }
        if (body == null || body.isEmpty() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body must have 1.." + MAX_BODY + " characters");
        }
        if (dedupeKey != null && (dedupeKey.isBlank() || dedupeKey.length() > 191)) {
            throw new IllegalArgumentException("dedupeKey must have 1..191 characters");
        }
    }

    public OutgoingMessage(OutboxChannel channel, String recipient, String body, String language, String templateKey,
                           String dltTemplateId, String dedupeKey) {
        this(channel, recipient, body, language, templateKey, dltTemplateId, dedupeKey, null, null);
    }

    public static OutgoingMessage sms(String recipient, String body) {
        return new OutgoingMessage(OutboxChannel.SMS, recipient, body, null, null, null, null);
    }

    /**
     * A voice call that speaks {@code text} (in the row's language) to {@code recipient}; the voice
     * channel places it. Segment figures on a VOICE row are only what the text would cost as SMS.
     */
    public static OutgoingMessage voice(String recipient, String text) {
        return new OutgoingMessage(OutboxChannel.VOICE, recipient, text, null, null, null, null);
    }

    public OutgoingMessage withLanguage(String language) {
        return new OutgoingMessage(channel, recipient, body, language, templateKey, dltTemplateId, dedupeKey, memberId, provider);
    }

    /** The template the body was rendered from and its India DLT template id (null outside India). */
    public OutgoingMessage withTemplate(String templateKey, String dltTemplateId) {
        return new OutgoingMessage(channel, recipient, body, language, templateKey, dltTemplateId, dedupeKey, memberId, provider);
    }

    public OutgoingMessage withDedupeKey(String dedupeKey) {
        return new OutgoingMessage(channel, recipient, body, language, templateKey, dltTemplateId, dedupeKey, memberId, provider);
    }

    /** The member this message is for (receipts, reminders, calls to her). */
    public OutgoingMessage forMember(long memberId) {
        return new OutgoingMessage(channel, recipient, body, language, templateKey, dltTemplateId, dedupeKey, memberId, provider);
    }

    /** Pins the SMS gateway (by its {@link SmsGateway#name()}), e.g. the one an inbound message came through. */
    public OutgoingMessage via(String provider) {
        return new OutgoingMessage(channel, recipient, body, language, templateKey, dltTemplateId, dedupeKey, memberId, provider);
    }
}
