package org.sakhiline.channel.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Inbound SMS settings ({@code sakhiline.sms.*}). */
@ConfigMapping(prefix = "sakhiline.sms")
public interface SmsConfig {

    /** Largest DEP/REP amount a bank mitra may confirm by SMS, in whole rupees. */
    @WithDefault("50000")
    long maxDepositRupees();

    /** How long a DEP/REP confirmation code stays valid. */
    @WithDefault("15m")
    Duration confirmationTtl();

    /** How long after posting a mitra may still UNDO a receipt by SMS. */
    @WithDefault("24h")
    Duration undoWindow();

    /** At most one reply per unregistered phone within this interval. */
    @WithDefault("24h")
    Duration unknownReplyInterval();

    /**
     * How the answer to the sender travels: {@code INLINE} in the webhook's TwiML (fast, no API call) or
     * {@code OUTBOX} (an empty TwiML answer; the outbox sends it with its DLT template id, retries and
     * delivery reports). Member receipts always go through the outbox.
     */
    @WithDefault("INLINE")
    ReplyMode replyMode();

    /** Savings entries in a STMT reply. */
    @WithDefault("3")
    int statementEntries();

    enum ReplyMode { INLINE, OUTBOX }
}
