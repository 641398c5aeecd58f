package org.sakhiline.channel.sms;

import java.time.Instant;

/**
 * A STOP/START-style message (Twilio's opt-out and opt-in keywords, or Twilio's {@code OptOutType}
 * field). The SMS channel answers nothing and fires this CDI event synchronously inside the inbound
 * message's transaction; the reminders work observes it ({@code @Observes SmsSubscriptionRequest}) to
 * record the opt-out for every member on that phone. No observer = the message is just recorded.
 *
 * @param phone the sender (E.164)
 * @param keyword what she sent, normalised (e.g. STOP, UNSUBSCRIBE, START)
 */
public record SmsSubscriptionRequest(String phone, Action action, String keyword, String messageSid, Instant receivedAt) {

    public enum Action { STOP, START }
}
