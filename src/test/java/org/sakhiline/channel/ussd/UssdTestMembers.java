package org.sakhiline.channel.ussd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sakhiline.ledger.Channel;
import org.sakhiline.ledger.LedgerFixtures;
import org.sakhiline.ledger.MemberDirectory;
import org.sakhiline.ledger.MemberPins;
import org.sakhiline.ledger.MemberRole;
import org.sakhiline.ledger.NewMember;
import org.sakhiline.ledger.PostingContext;
import org.sakhiline.ledger.SavingsService;
import org.sakhiline.ledger.Script;

/** Members for USSD conversations, built through the ledger services like real enrolment. */
@ApplicationScoped
public class UssdTestMembers {

    @Inject
    LedgerFixtures fixtures;
    @Inject
    MemberDirectory directory;
    @Inject
    MemberPins pins;
    @Inject
    SavingsService savings;

    public long member(long shgId, String name, String nameNative, String language, Script script, String pin,
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

    public static String phone() {
        return LedgerFixtures.phone();
    }
}
