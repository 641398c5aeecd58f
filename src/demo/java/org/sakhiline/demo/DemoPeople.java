package org.sakhiline.demo;

import java.util.List;

/**
 * The fixed demo members and staff that the README lists, so a newcomer can try the menus as them.
 * Their phones are memorable and never collide with generated ones (+917…, +9230…, +918…, +92333…).
 */
public final class DemoPeople {

    /** How a fixed member's loan was generated, so the demo shows both a healthy and an overdue loan. */
    enum LoanStory { NONE, ON_TIME, LATE, OVERDUE }

    /**
     * @param groupInCountry 0-based index of her group among the groups of her country
     * @param pin            her PIN in clear (demo only) or null when she has none yet
     */
    public record FixedMember(String phone, String name, String nameNative, String language, String script,
                              String pin, String country, int groupInCountry, int memberNo, String fundSource,
                              LoanStory loan) {}

    public record FixedStaff(String phone, String name, String role, String country, String scope, String pin,
                             String language) {}

    public static final List<FixedMember> MEMBERS = List.of(
            new FixedMember("+919900000001", "Priya Sharma", null, "en", "NATIVE", null, "IN", 0, 3, null, LoanStory.NONE),
            new FixedMember("+919900000002", "Sunita Devi", "सुनीता देवी", "hi", "NATIVE", "1234", "IN", 0, 1, "CIF",
                    LoanStory.OVERDUE),
            new FixedMember("+919900000003", "Rekha Kumari", "रेखा कुमारी", "hi", "ROMAN", null, "IN", 0, 2, "SHG_OWN",
                    LoanStory.ON_TIME),
            // One handset, two members of one household: mother-in-law and daughter-in-law.
            new FixedMember("+919900000004", "Sabita Das", "সবিতা দাস", "bn", "NATIVE", null, "IN", 1, 3, "BANK",
                    LoanStory.ON_TIME),
            new FixedMember("+919900000004", "Mitali Das", "মিতালী দাস", "bn", "ROMAN", null, "IN", 1, 4, null,
                    LoanStory.NONE),
            new FixedMember("+919900000005", "Anima Kalita", "অণিমা কলিতা", "as", "NATIVE", null, "IN", 2, 3,
                    "REVOLVING_FUND", LoanStory.LATE),
            new FixedMember("+919900000006", "Laishram Thoibi Devi", "লাইশ্রম থোইবী দেবী", "mni", "NATIVE", null, "IN", 3,
                    3, null, LoanStory.NONE),
            new FixedMember("+923450000001", "Fatima Bibi", "فاطمہ بی بی", "ur", "NATIVE", "2468", "PK", 0, 3, "CIF",
                    LoanStory.ON_TIME),
            new FixedMember("+923450000002", "Naseem Akhtar", "نسیم اختر", "ur", "ROMAN", null, "PK", 0, 4, null,
                    LoanStory.NONE),
            new FixedMember("+923450000003", "Marvi Mallah", "ماروي ملاح", "sd", "NATIVE", null, "PK", 1, 3, "SHG_OWN",
                    LoanStory.OVERDUE),
            new FixedMember("+923450000004", "Sakina Soomro", "سڪينه سومرو", "sd", "ROMAN", null, "PK", 1, 4, null,
                    LoanStory.NONE));

    /** scope: "FEDERATION" (the country's first CLF/LSO) or "VO" (its first village organisation). */
    public static final List<FixedStaff> STAFF = List.of(
            new FixedStaff("+919900000100", "Meera Nath", "ADMINISTRATOR", "IN", "FEDERATION", "2580", "en"),
            new FixedStaff("+919900000101", "Rupa Sinha", "BANK_MITRA", "IN", "VO", "4321", "hi"),
            new FixedStaff("+923450000100", "Sana Khan", "ADMINISTRATOR", "PK", "FEDERATION", "2580", "en"),
            new FixedStaff("+923450000101", "Zarina Soomro", "BANK_MITRA", "PK", "VO", "4321", "sd"));

    private DemoPeople() {}
}
