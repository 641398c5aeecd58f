package org.sakhiline.admin.records;

import java.util.List;

/**
 * One org unit for the console: where it sits, what is below it and, for a group (SHG/CO), its profile,
 * meeting schedule with the coming meetings, and its members.
 *
 * @param crumbs ancestors the reader may open, top first
 */
public record OrgUnitPage(Unit unit, List<Unit> crumbs, List<Unit> children, Group group, List<StaffRow> staff,
                          SmsGatewayChoice smsGateway) {

    /**
     * The unit's own SMS gateway ({@code chosen}, blank = its parent's or the country's route), the gateways
     * to choose from, and whether the reader may change it (administrators: routing concerns the deployment).
     */
    public record SmsGatewayChoice(String chosen, List<String> gateways, boolean editable) {}

    /** {@code size}: members of a group, units below any other level. */
    public record Unit(long id, String code, String name, String nameLocal, String level, String country, String place,
                       long size) {
        /** A group (SHG or CO) counts members; any other level counts the units below it. */
        public boolean group() {
            return "SHG".equals(level) || "CO".equals(level);
        }
    }

    public record Group(String schedule, String formed, String defaultLanguage, String defaultSavings, String grade,
                       String bankAccount, List<MeetingRow> meetings, List<MemberRow> members) {}

    /** {@code status}: SCHEDULED, HELD or CANCELLED; null for a date the schedule gives but not generated yet. */
    public record MeetingRow(String date, String time, String place, String status) {}

    public record MemberRow(long id, int memberNo, String name, String nameNative, String nativeLang, boolean rtl,
                            String role, String status) {}

    public record StaffRow(long id, String name, String role, String phone, String status) {}
}
