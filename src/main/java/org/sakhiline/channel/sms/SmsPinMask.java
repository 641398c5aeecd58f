package org.sakhiline.channel.sms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakhiline.channel.sms.SmsCommand.Keyword;

/**
 * An inbound body as it may be stored or shown: PINs masked. A mitra's {@code YES <code> <PIN>} keeps its
 * confirmation code (what it confirmed stays traceable) and loses every other number; a member's
 * {@code BAL 2 <PIN>} keeps its 1–2 digit member choice and loses every longer number. DEP, REP and UNDO carry
 * no PIN (member numbers, amounts, receipts) and are kept as sent. Native digits count as digits.
 */
public final class SmsPinMask {

    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    private static final String MASK = "****";

    private SmsPinMask() {}

    public static String mask(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        Keyword k = SmsCommandParser.parse(body).keyword();
        if (k == Keyword.DEPOSIT || k == Keyword.REPAYMENT || k == Keyword.UNDO) {
            return body;
        }
        boolean confirmation = k == Keyword.YES || k == Keyword.NO || k == Keyword.STOP;
        Matcher m = DIGITS.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        boolean codeKept = false;
        while (m.find()) {
            int length = m.group().codePointCount(0, m.group().length());
            boolean keep;
            if (confirmation) {
                keep = !codeKept && length == MitraReplies.CODE_DIGITS;
                codeKept |= keep;
            } else {
                keep = length <= 2;
            }
            m.appendReplacement(out, keep ? Matcher.quoteReplacement(m.group()) : MASK);
        }
        m.appendTail(out);
        return out.toString();
    }
}
