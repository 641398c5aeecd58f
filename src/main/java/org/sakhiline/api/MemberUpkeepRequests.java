package org.sakhiline.api;

import java.time.LocalDate;

/** Bodies of the member upkeep endpoints (edit, exit, phones) of {@link MemberResource}. */
public final class MemberUpkeepRequests {

    private MemberUpkeepRequests() {}

    /** {@code exitedOn} null means today; {@code reason} optional, kept in the audit log. */
    public record Exit(LocalDate exitedOn, String reason) {}

    /** A number with its country code; spaces and dashes are allowed ("+91 98123-45678"). */
    public record Phone(String phone) {}
}
