package org.sakhiline.channel.sms;

/**
 * An inbound SMS as a gateway posts it.
 *
 * @param messageSid the gateway's message id, prefixed for gateways other than Twilio ("exotel:…") so that
 *                   ids of two gateways never meet in the once-per-message key
 * @param optOutType Twilio's {@code OptOutType} field (STOP, START, HELP) when Advanced Opt-Out is on; else null
 * @param gateway    the gateway it came through; the answer goes back through it
 */
public record InboundSms(String messageSid, String from, String to, String body, String optOutType, String gateway) {

    public static final String TWILIO = "twilio";

    public InboundSms(String messageSid, String from, String to, String body, String optOutType) {
        this(messageSid, from, to, body, optOutType, TWILIO);
    }

    /** Twilio takes the answer inline in its TwiML; other gateways' webhooks take none, so it is sent. */
    boolean answersInline() {
        return TWILIO.equals(gateway);
    }
}
