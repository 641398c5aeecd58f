package org.sakhiline.channel.sms;

/**
 * What an inbound message was taken for and the reply to its sender (null = answer nothing).
 *
 * @param kind recorded in {@code sms_inbound.kind}: BALANCE, DEPOSIT_REQUEST, UNKNOWN_PHONE, ...
 */
public record SmsOutcome(String kind, Long memberId, Long staffId, SmsTemplates.Rendered reply) {

    public static SmsOutcome silent(String kind) {
        return new SmsOutcome(kind, null, null, null);
    }
}
