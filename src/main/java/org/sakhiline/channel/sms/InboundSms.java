package org.sakhiline.channel.sms;

/**
 * An inbound SMS as Twilio posts it.
 *
 * @param optOutType Twilio's {@code OptOutType} field (STOP, START, HELP) when Advanced Opt-Out is on; else null
 */
public record InboundSms(String messageSid, String from, String to, String body, String optOutType) {}
