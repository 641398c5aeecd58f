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

    /** How long a DEP/REP/UNDO confirmation code stays valid. */
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

    /** Wrong codes or PINs in a row that lock one mitra's money commands for {@link #lockDuration()}. */
    @WithDefault("5")
    int mitraMaxFailures();

    /** Wrong codes or PINs, by any mitras, that lock money commands for one group for {@link #lockDuration()}. */
    @WithDefault("10")
    int groupMaxFailures();

    /** Failures older than this (counted from the first in the window) are forgotten. */
    @WithDefault("1h")
    Duration failureWindow();

    /** How long money commands stay refused after too many wrong codes or PINs. */
    @WithDefault("30m")
    Duration lockDuration();

    /** Money-command messages (DEP, REP, YES, NO, UNDO) answered per sender number per {@link #senderWindow()}. */
    @WithDefault("30")
    int senderMaxMessages();

    @WithDefault("10m")
    Duration senderWindow();

    enum ReplyMode { INLINE, OUTBOX }
}
