package org.sakhiline.books.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * Tells each member what a confirmed (or corrected) sheet wrote against her name: what she saved, repaid
 * and was fined, her savings now and what is left on her loans, in her language and script, through the
 * outbox in the caller's transaction. A member whose reminder channel is VOICE gets a call instead (BOTH:
 * SMS and call), spoken in her base language as reminders are. Dedupe key {@code sheet-receipt:<sheet>:<member>}.
 */
@ApplicationScoped
public class SheetReceipts {

    private final EntityManager em;
    private final Outbox outbox;
    private final SheetTexts texts;
    private final SavingsService savings;
    private final LoanService loans;

    public SheetReceipts(EntityManager em, Outbox outbox, SheetTexts texts, SavingsService savings, LoanService loans) {
        this.em = em;
        this.outbox = outbox;
        this.texts = texts;
        this.savings = savings;
        this.loans = loans;
    }

    /** Whether a line earns a receipt: she was present, or money was recorded for her anyway. */
    static boolean due(SheetLine line) {
        return line.attendance() == Attendance.PRESENT || line.collectedPaise() > 0;
    }

    /**
     * Enqueues her receipt for {@code line}; {@code fix} null for the confirmation, else the correction's number.
     *
     * @return messages enqueued (0 when she has no phone)
     */
    int send(long sheetId, LocalDate meetingDate, SheetLine line, Integer fix) {
        List<?> rows = em.createNativeQuery("SELECT m.language, m.script, m.name, m.name_native,"
                        + " (SELECT p.phone_e164 FROM member_phone p WHERE p.member_id = m.id ORDER BY p.id LIMIT 1),"
                        + " (SELECT c.channel FROM member_reminder_channel c WHERE c.member_id = m.id)"
                        + " FROM member m WHERE m.id = ?1").setParameter(1, line.memberId()).getResultList();
        Object[] m = (Object[]) rows.get(0);
        String phone = (String) m[4];
        if (phone == null) {
            return 0;
        }
        String tag = Languages.tag((String) m[0], "ROMAN".equals(m[1]));
        String preference = (String) m[5];
        boolean voice = "VOICE".equals(preference) || "BOTH".equals(preference);
        boolean sms = !"VOICE".equals(preference);
        String key = fix == null ? SheetTexts.RECEIPT : SheetTexts.RECEIPT_FIX;
        String dedupe = "sheet-receipt:" + sheetId + ":" + line.memberId() + (fix == null ? "" : ":fix" + fix);
        long balance = savings.balancePaise(line.memberId());
        LoanDues dues = loans.dues(line.memberId(), meetingDate, null);
        int sent = 0;
        if (sms) {
            SheetTexts.Text t = texts.render(tag, key, values(tag, (String) m[2], (String) m[3], meetingDate, line, balance, dues));
            outbox.enqueue(OutgoingMessage.sms(phone, t.body()).withLanguage(t.language()).withTemplate(t.key(), t.dltTemplateId())
                    .withDedupeKey(dedupe).forMember(line.memberId()));
            sent++;
        }
        if (voice) {
            String spoken = Languages.base(tag);
            SheetTexts.Text t = texts.render(spoken, key, values(spoken, (String) m[2], (String) m[3], meetingDate, line, balance,
                    dues));
            outbox.enqueue(OutgoingMessage.voice(phone, t.body()).withLanguage(t.language()).withTemplate(t.key(), null)
                    .withDedupeKey(sms ? dedupe + ":voice" : dedupe).forMember(line.memberId()));
            sent++;
        }
        return sent;
    }

    /** Her name as a reader of {@code tag} reads it, amounts and the date in her language. */
    static Map<String, String> values(String tag, String name, String nameNative, LocalDate date, SheetLine line, long balance,
                                      LoanDues dues) {
        boolean latin = "en".equals(tag) || Languages.roman(tag);
        Map<String, String> v = new HashMap<>();
        v.put("name", latin || nameNative == null || nameNative.isBlank() ? name : nameNative);
        v.put("date", DateText.date(date, tag));
        v.put("saved", Money.format(line.savingsPaise(), tag));
        v.put("repaid", Money.format(line.repaidPaise(), tag));
        v.put("fine", Money.format(line.finePaise(), tag));
        v.put("balance", Money.format(balance, tag));
        v.put("left", dues.hasLoans() ? Money.format(dues.outstandingPaise(), tag) : "");
        return v;
    }
}
