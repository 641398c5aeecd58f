package org.sakhiline.channel.ussd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.reader.MemberBooksReader;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.BooksFixtures;

/** Members for USSD conversations, built through the ledger services like real enrolment. */
@ApplicationScoped
public class UssdTestMembers {

    @Inject
    BooksFixtures fixtures;
    @Inject
    MemberDirectory directory;
    @Inject
    MemberPins pins;
    @Inject
    SavingsService savings;
    @Inject
    MemberBooksReader reader;

    public long member(long shgId, String name, String nameNative, String language, ScriptVariant script, String pin,
                       String phone) {
        long id = directory.createMember(new NewMember(shgId, null, name, nameNative, language, script,
                MemberRole.MEMBER, LocalDate.of(2022, 4, 1), List.of(phone))).memberId();
        if (pin != null) {
            pins.setPin(id, pin);
        }
        return id;
    }

    public long shg() {
        return fixtures.shg();
    }

    public void deposit(long memberId, long paise, LocalDate on) {
        savings.deposit(memberId, paise, PostingContext.of("test:" + UUID.randomUUID(), Channel.API, "test", on));
    }

    /** Her wrong PIN tries on record. */
    public int pinFailures(long memberId) {
        return reader.pinColumns(memberId).orElseThrow().failedAttempts();
    }

    public static String phone() {
        return BooksFixtures.phone();
    }
}
