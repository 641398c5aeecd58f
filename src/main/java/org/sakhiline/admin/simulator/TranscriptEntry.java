package org.sakhiline.admin.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of a simulation as the page shows it: what she did ({@code YOU}), what the phone showed or
 * said ({@code PHONE}), or a remark from the simulator itself ({@code NOTE}).
 *
 * @param continues USSD: CON (true) or END (false)
 * @param sms       SMS: the reply's language, encoding and parts
 * @param speech    voice: what is played or said, in order
 * @param keys      voice: the keys offered next
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptEntry(Who who, String text, Boolean continues, SmsFacts sms, List<Spoken> speech, List<String> keys) {

    public enum Who { YOU, PHONE, NOTE }

    /** The simulator's own remarks, stored as codes so the page says them in the reader's language. */
    public static final String NOTE_USSD_ENDED = "@ussd-ended";
    public static final String NOTE_CALL_ENDED = "@call-ended";
    public static final String NOTE_SILENCE = "@silence";
    public static final String NOTE_NO_REPLY = "@no-reply";

    /** Cost of an SMS reply: encoding (GSM-7 or UCS-2), units in that encoding and parts paid for. */
    public record SmsFacts(String language, String encoding, int units, int segments) {}

    /** A recording played ({@code file} as lang/name) or text said by Twilio's voice in a language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Spoken(String file, String say, String language, String voice) {
        public boolean played() {
            return file != null;
        }
    }

    public static TranscriptEntry you(String text) {
        return new TranscriptEntry(Who.YOU, text, null, null, null, null);
    }

    public static TranscriptEntry note(String text) {
        return new TranscriptEntry(Who.NOTE, text, null, null, null, null);
    }

    public static TranscriptEntry screen(String text, boolean continues) {
        return new TranscriptEntry(Who.PHONE, text, continues, null, null, null);
    }

    public static TranscriptEntry smsReply(String text, SmsFacts facts) {
        return new TranscriptEntry(Who.PHONE, text, null, facts, null, null);
    }

    public static TranscriptEntry spoken(List<Spoken> speech, List<String> keys) {
        return new TranscriptEntry(Who.PHONE, null, null, null, List.copyOf(speech), List.copyOf(keys));
    }

    public String whoClass() {
        return who.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for a remark stored as a code (see {@code NOTE_*}). */
    public boolean coded() {
        return who == Who.NOTE && text != null && text.startsWith("@");
    }

    /** USSD wire prefix of a screen (kept in a data attribute; the page says it in words). */
    public String mode() {
        return continues == null ? "" : continues ? "CON" : "END";
    }
}
