package org.sakhiline.reminders;

import java.time.Instant;

/**
 * A STOP/START-style message (Twilio's opt-out and opt-in keywords, or Twilio's {@code OptOutType}
 * field). The SMS channel answers nothing and fires this CDI event synchronously inside the inbound
 * message's transaction; {@link SmsStopStartObserver} records the choice for every member on that phone.
 *
 * @param phone the sender (E.164)
 * @param keyword what she sent, normalised (e.g. STOP, UNSUBSCRIBE, START)
 */
public record SmsSubscriptionRequest(String phone, Action action, String keyword, String messageSid, Instant receivedAt) {

    public enum Action { STOP, START }
}
