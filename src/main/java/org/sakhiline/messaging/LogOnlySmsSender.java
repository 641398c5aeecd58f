package org.sakhiline.messaging;

import java.util.UUID;
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;

/**
 * Development stand-in for Twilio: logs the message (phone masked) and pretends it was accepted. Not a
 * bean: it is the outbox's {@link SmsSender} only when {@code sakhiline.messaging.log-only} chooses it.
 */
public class LogOnlySmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LogOnlySmsSender.class);

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public SendResult send(OutboxMessage m) {
        LOG.infof("[log-only SMS] to %s (%s, %s x%d): %s", PhoneMask.mask(m.recipient), m.language,
                m.encoding, m.segments, m.body);
        return SendResult.accepted("LOG" + UUID.randomUUID().toString().replace("-", ""), "log-only");
    }
}
