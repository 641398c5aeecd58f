package org.sakhiline.admin.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.sakhiline.channel.sms.InboundSmsService;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.messaging.SmsSegments;

/**
 * An SMS command in the console: the webhook's own routing in its dry-run form, so the reply is word for
 * word what she would get, with what it costs. Nothing is recorded, sent or posted.
 */
@ApplicationScoped
public class SmsSimulator {

    private final InboundSmsService sms;
    private final MenuBooks books;
    private final SimulatorSessions sessions;

    public SmsSimulator(InboundSmsService sms, MenuBooks realBooks, SimulatorSessions sessions) {
        this.sms = sms;
        this.books = new SimulatedBooks(realBooks);
        this.sessions = sessions;
    }

    public SimulatorSession send(SimulatorSession s, String body, Instant now) {
        String text = body == null ? "" : body;
        SimulatorSessions.append(s, TranscriptEntry.you(text.isBlank() ? "(empty message)" : text));
        InboundSmsService.DryRun answer = sms.dryRun(s.phone, text, books, now);
        if (answer.refusal() != null) {
            SimulatorSessions.append(s, TranscriptEntry.note(answer.refusal()));
        } else if (answer.reply() == null) {
            SimulatorSessions.append(s, TranscriptEntry.note(TranscriptEntry.NOTE_NO_REPLY));
        } else {
            SmsSegments.Count count = SmsSegments.of(answer.reply().text());
            SimulatorSessions.append(s, TranscriptEntry.smsReply(answer.reply().text(), new TranscriptEntry.SmsFacts(
                    answer.reply().language(), count.encoding() == org.sakhiline.messaging.SmsEncoding.GSM7 ? "GSM-7" : "UCS-2",
                    count.units(), count.segments())));
        }
        sessions.save(s, now);
        return s;
    }
}
