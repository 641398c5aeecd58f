package org.sakhiline.messaging;

/**
 * One SMS gateway (Twilio, Exotel, …) as the outbox sees it: a named {@link SmsSender}. Each adapter
 * package produces one bean of this type; {@link SmsRouting} picks among them per message, so the outbox,
 * receipts and reminders never name a gateway. A second Indian aggregator is one more such bean.
 */
public interface SmsGateway extends SmsSender {

    /** The name routes, org units and outbox rows use (lower case, at most 16 characters), e.g. "exotel". */
    String name();

    /** A gateway under its name, e.g. the log-only stand-in answering for "exotel" in development. */
    static SmsGateway named(String name, SmsSender sender) {
        return new SmsGateway() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean ready() {
                return sender.ready();
            }

            @Override
            public SendResult send(OutboxMessage message) {
                return sender.send(message);
            }
        };
    }
}
