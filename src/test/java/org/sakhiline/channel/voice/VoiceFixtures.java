package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.BooksFixtures;

/** Members for voice calls: a language, a phone (possibly shared), a PIN and savings. */
@ApplicationScoped
public class VoiceFixtures {

    @Inject
    BooksFixtures ledger;

    @Inject
    MemberDirectory directory;

    @Inject
    MemberPins pins;

    @Inject
    SavingsService savings;

    /** A member in a fresh group (weekly meeting, Wednesdays 10:00, Asia/Kolkata). */
    public long member(String name, String nameNative, String language, String phone, String pin, long savingsRupees) {
        return member(ledger.shg(), name, nameNative, language, phone, pin, savingsRupees);
    }

    public long member(long shgId, String name, String nameNative, String language, String phone, String pin, long savingsRupees) {
        long id = directory.createMember(new NewMember(shgId, null, name, nameNative, language, ScriptVariant.NATIVE, MemberRole.MEMBER,
                LocalDate.of(2021, 1, 1), List.of(phone))).memberId();
        if (pin != null) {
            pins.setPin(id, pin);
        }
        if (savingsRupees > 0) {
            savings.deposit(id, savingsRupees * 100, PostingContext.of(BooksFixtures.unique("voice-test"), Channel.API,
                    "api:test", LocalDate.of(2024, 6, 1)));
        }
        return id;
    }

    public long shg() {
        return ledger.shg();
    }
}
