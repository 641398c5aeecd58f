package org.sakhiline.messaging.twilio;

/** A call Twilio accepted: its SID, the caller id it shows, the number called and Twilio's first status. */
public record PlacedCall(String callSid, String from, String to, String status) {}
