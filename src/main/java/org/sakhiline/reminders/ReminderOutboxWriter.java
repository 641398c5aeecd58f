package org.sakhiline.reminders;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * Turns planned reminders into outbox rows: one message per channel (hers, else the rule's), rendered in
 * her language, its dedupe key the reminder's plus {@code :sms} or {@code :voice}.
 *
 * <p>The outbox's unique key on the dedupe key is the only record of what was planned — no separate
 * reminder log — because the row is written in the statement that checks the key, so nothing can fall
 * between a log and the message (outbox rows must be kept longer than {@code sakhiline.reminders.catch-up}).
 */
@ApplicationScoped
public class ReminderOutboxWriter {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    ReminderConfig config;

    @Inject
    ReminderTexts texts;

    /** The messages for reminders to members with a phone, and how many reminders had none. */
    public record Rendered(List<OutgoingMessage> messages, int skippedNoPhone) {}

    public Rendered render(List<PlannedReminder> reminders) {
        int noPhone = 0;
        List<OutgoingMessage> messages = new ArrayList<>(reminders.size() + 16);
        for (PlannedReminder r : reminders) {
            if (r.to().phone() == null) {
                noPhone++;
                continue;
            }
            messages.addAll(messages(r, texts));
        }
        return new Rendered(messages, noPhone);
    }

    /** The SMS and/or call for one reminder to a member with a phone; none when she chose NONE. */
    static List<OutgoingMessage> messages(PlannedReminder r, ReminderTexts texts) {
        ReminderChannel channel = r.channel();
        List<OutgoingMessage> out = new ArrayList<>(2);
        String lang = r.to().language();
        if (channel.sms()) {
            ReminderTexts.Text t = switch (r.kind()) {
                case MEETING -> texts.meetingSms(lang, r.date(), r.time(), r.changedPlace());
                case INSTALMENT_DUE -> texts.dueSms(lang, r.amountPaise(), r.date());
                case LOAN_OVERDUE -> texts.overdueSms(lang, r.amountPaise());
            };
            out.add(OutgoingMessage.sms(r.to().phone(), t.body()).withLanguage(t.language())
                    .withTemplate("reminder." + t.key(), t.dltId()).withDedupeKey(r.key() + ":sms").forMember(r.to().memberId()));
        }
        if (channel.voice()) {
            ReminderTexts.Text t = switch (r.kind()) {
                case MEETING -> texts.meetingVoice(lang, r.date(), r.time(), r.changedPlace());
                case INSTALMENT_DUE -> texts.dueVoice(lang, r.amountPaise(), r.date());
                case LOAN_OVERDUE -> texts.overdueVoice(lang, r.amountPaise());
            };
            out.add(OutgoingMessage.voice(r.to().phone(), t.body()).withLanguage(t.language())
                    .withTemplate("reminder." + t.key(), null).withDedupeKey(r.key() + ":voice").forMember(r.to().memberId()));
        }
        return out;
    }

    /**
     * Writes in batches of {@code batch-size}, one transaction each: keys already in the outbox are left out
     * first (so a re-run only reads), the rest go in as one JDBC batch; the outbox's unique key still settles
     * a race with a concurrent planner, and a batch that deadlocks with one is run again.
     *
     * @return rows added
     */
    public int write(List<OutgoingMessage> messages) {
        int newRows = 0;
        int size = Math.max(1, config.batchSize());
        for (int from = 0; from < messages.size(); from += size) {
            List<OutgoingMessage> batch = messages.subList(from, Math.min(messages.size(), from + size));
            newRows += RetryOnDeadlock.inNewTransaction("reminder outbox batch", () -> {
                Set<String> existing = existingKeys(batch);
                List<OutgoingMessage> fresh = batch.stream().filter(m -> !existing.contains(m.dedupeKey())).toList();
                outbox.enqueueAll(fresh);
                return fresh.size();
            });
        }
        return newRows;
    }

    private Set<String> existingKeys(List<OutgoingMessage> batch) {
        Set<String> keys = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT dedupe_key FROM outbox_message WHERE dedupe_key IN ("
                     + String.join(",", Collections.nCopies(batch.size(), "?")) + ")")) {
            int i = 1;
            for (OutgoingMessage m : batch) {
                ps.setString(i++, m.dedupeKey());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read outbox dedupe keys", e);
        }
        return keys;
    }
}
