package org.sakhiline.admin.records;

import jakarta.ws.rs.FormParam;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderRuleRequest;
import org.sakhiline.reminders.ReminderRuleView;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * The reminder rule form as typed: every field a string until {@link #toRequest} parses it, so a form
 * with a mistake comes back filled in, with the mistake named.
 */
public class ReminderRuleForm {

    @FormParam("orgUnitCode")
    public String orgUnitCode;
    @FormParam("kind")
    public String kind;
    @FormParam("daysOffset")
    public String daysOffset;
    @FormParam("sendAt")
    public String sendAt;
    @FormParam("repeatEveryDays")
    public String repeatEveryDays;
    @FormParam("maxSends")
    public String maxSends;
    @FormParam("channel")
    public String channel;
    @FormParam("windowStart")
    public String windowStart;
    @FormParam("windowEnd")
    public String windowEnd;
    /** A checkbox: present when ticked. */
    @FormParam("active")
    public String active;

    /** A blank form for a unit, with the usual defaults (evening before, by SMS, 08:00–20:00). */
    static ReminderRuleForm blank(String orgUnitCode, ReminderKind kind) {
        ReminderRuleForm f = new ReminderRuleForm();
        f.orgUnitCode = orgUnitCode;
        f.kind = kind == null ? ReminderKind.MEETING.name() : kind.name();
        f.daysOffset = kind == ReminderKind.LOAN_OVERDUE ? "3" : "1";
        f.sendAt = "18:00";
        f.channel = ReminderChannel.SMS.name();
        f.windowStart = "08:00";
        f.windowEnd = "20:00";
        f.active = "on";
        return f;
    }

    static ReminderRuleForm of(ReminderRuleView r, String orgUnitCode) {
        ReminderRuleForm f = new ReminderRuleForm();
        f.orgUnitCode = orgUnitCode;
        f.kind = r.kind().name();
        f.daysOffset = Integer.toString(r.daysOffset());
        f.sendAt = ConsoleText.time(r.sendAt());
        f.repeatEveryDays = r.repeatEveryDays() == null ? "" : r.repeatEveryDays().toString();
        f.maxSends = Integer.toString(r.maxSends());
        f.channel = r.channel().name();
        f.windowStart = ConsoleText.time(r.windowStart());
        f.windowEnd = ConsoleText.time(r.windowEnd());
        f.active = r.active() ? "on" : null;
        return f;
    }

    public boolean isActive() {
        return active != null && !active.isBlank();
    }

    ReminderRuleRequest toRequest(long orgUnitId) {
        ReminderKind k = parseEnum(ReminderKind.class, kind, "kind");
        ReminderChannel c = parseEnum(ReminderChannel.class, channel, "channel");
        Integer offset = number(daysOffset, "daysOffset");
        if (offset == null) {
            throw new InvalidInputException("daysOffset", "is required");
        }
        LocalTime at = time(sendAt, "sendAt");
        if (at == null) {
            throw new InvalidInputException("sendAt", "is required");
        }
        if (offset < 0 || offset > 60) {
            throw new InvalidInputException("daysOffset", "must be 0 to 60 days");
        }
        Integer every = number(repeatEveryDays, "repeatEveryDays");
        Integer max = number(maxSends, "maxSends");
        if (every != null && (every < 1 || every > 60)) {
            throw new InvalidInputException("repeatEveryDays", "must be 1 to 60 days");
        }
        if (max != null && (max < 1 || max > 10)) {
            throw new InvalidInputException("maxSends", "must be 1 to 10");
        }
        return new ReminderRuleRequest(orgUnitId, k, offset, at, every, max, c, time(windowStart, "windowStart"),
                time(windowEnd, "windowEnd"), isActive());
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "choose one of the options");
        }
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    private static LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time like 18:00");
        }
    }
}
