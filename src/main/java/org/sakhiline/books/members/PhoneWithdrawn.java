package org.sakhiline.books.members;

/**
 * A phone stopped identifying a member (taken off her record, or she left her group). Fired inside the
 * change's transaction; the channels end the menu sessions still open on that phone once it commits, so a
 * session begun as her does not go on serving her books to whoever holds the handset now.
 */
public record PhoneWithdrawn(long memberId, String phoneE164, String reason) {}
