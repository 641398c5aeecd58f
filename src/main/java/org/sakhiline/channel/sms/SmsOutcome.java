package org.sakhiline.channel.sms;

import java.util.List;
import org.sakhiline.menu.Effect;

/**
 * What an inbound message was taken for, the reply to its sender (null = answer nothing) and the changes to
 * her profile it asks for (LANG: her language), which the channel writes unless it is a console dry run.
 *
 * @param kind recorded in {@code sms_inbound.kind}: BALANCE, DEPOSIT_REQUEST, UNKNOWN_PHONE, ...
 */
public record SmsOutcome(String kind, Long memberId, Long staffId, SmsTemplates.Rendered reply, List<Effect> effects) {

    public SmsOutcome {
        effects = List.copyOf(effects);
    }

    public SmsOutcome(String kind, Long memberId, Long staffId, SmsTemplates.Rendered reply) {
        this(kind, memberId, staffId, reply, List.of());
    }

    public static SmsOutcome silent(String kind) {
        return new SmsOutcome(kind, null, null, null);
    }
}
