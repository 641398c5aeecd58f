package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetFlag;
import org.sakhiline.books.sheets.SheetTexts;
import org.sakhiline.menu.CallerMember;

/**
 * A member's {@code WRONG} (गलत, galat, غلط, ভুল, …) answer to her meeting receipt: flags her latest recently
 * confirmed sheet for staff and answers "noted" in her language; it changes no money. On a shared phone
 * {@code WRONG 2} names the member; without a number the first member on the phone with a recent sheet is
 * taken. The message id makes a redelivery flag once.
 */
@ApplicationScoped
public class SheetWrongReplies {

    private final MeetingSheets sheets;
    private final SmsTemplates templates;

    public SheetWrongReplies(MeetingSheets sheets, SmsTemplates templates) {
        this.sheets = sheets;
        this.templates = templates;
    }

    SmsOutcome answer(SmsCommand cmd, List<CallerMember> members, String messageSid, String body, Instant now) {
        for (CallerMember m : candidates(cmd, members)) {
            Optional<SheetFlag> flag = sheets.flagWrong(m.memberId(), messageSid, body, now);
            if (flag.isPresent()) {
                return reply("SHEET_WRONG", m, SheetTexts.WRONG_NOTED);
            }
        }
        return reply("SHEET_WRONG_NONE", candidates(cmd, members).get(0), SheetTexts.WRONG_NONE);
    }

    /** The console's simulator: what she would be answered, flagging nothing. */
    SmsOutcome dryRun(SmsCommand cmd, List<CallerMember> members) {
        return reply("SHEET_WRONG", candidates(cmd, members).get(0), SheetTexts.WRONG_NOTED);
    }

    private static List<CallerMember> candidates(SmsCommand cmd, List<CallerMember> members) {
        Integer selector = cmd.selector();
        if (selector != null && selector >= 1 && selector <= members.size()) {
            return List.of(members.get(selector - 1));
        }
        return new ArrayList<>(members);
    }

    private SmsOutcome reply(String kind, CallerMember m, String key) {
        return new SmsOutcome(kind, m.memberId(), null, templates.render(m.languageTag(), key, Map.of("name", m.displayName())));
    }
}
