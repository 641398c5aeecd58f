package org.sakhiline.channel.sms;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.pins.StaffPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.testing.BooksFixtures;

/** Groups, members and staff (each with {@link #PIN}) for the SMS webhook tests, and SQL to look behind them. */
@ApplicationScoped
public class SmsDesks {

    /** Every staff member made here has this PIN. */
    static final String PIN = "4321";

    @Inject
    BooksFixtures fixtures;

    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    StaffPins staffPins;

    @Inject
    SavingsService savings;

    @Inject
    EntityManager em;

    /** A bank mitra at the SHG's VO and one member (no. 1) with a phone, ready for DEP. */
    record Desk(long shg, String shgCode, long mitra, String mitraPhone, long member, String memberPhone) {}

    Desk desk(String lang, ScriptVariant script) {
        long shg = fixtures.shg();
        long mitra = staff(voOf(shg), StaffRole.BANK_MITRA, "en");
        String phone = BooksFixtures.phone();
        long m = member(shg, "Sunita Devi", "सुनीता देवी", lang, script, phone);
        return new Desk(shg, shgCode(shg), mitra, phoneOf(mitra), m, phone);
    }

    long member(long shg, String name, String nameNative, String lang, ScriptVariant script, String... phones) {
        return directory.createMember(new NewMember(shg, null, name, nameNative, lang, script, MemberRole.MEMBER,
                LocalDate.of(2021, 1, 1), List.of(phones))).memberId();
    }

    void deposit(long memberId, long rupees) {
        savings.deposit(memberId, rupees * 100, PostingContext.of(BooksFixtures.unique("dep"), Channel.API, "api:test",
                LocalDate.now()));
    }

    long staff(long orgUnitId, StaffRole role, String lang) {
        long id = staffDirectory.createStaff(new NewStaff("Rupa Sinha", BooksFixtures.phone(), role, orgUnitId, lang)).staffId();
        staffPins.setPin(id, PIN);
        return id;
    }

    String phoneOf(long staffId) {
        return staffDirectory.staff(staffId).orElseThrow().phoneE164();
    }

    String shgCode(long shg) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(shg).code);
    }

    long voOf(long shg) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(shg).parentId);
    }

    long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    List<String> strings(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql, String.class);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getResultList();
        });
    }

    void sql(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    /** Outbox rows to a phone: [template_key, body, language, encoding, segments] newest first. */
    List<Object[]> outboxTo(String phone) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT template_key, body, language, encoding, segments FROM outbox_message WHERE recipient = ?1"
                                + " ORDER BY id DESC", Object[].class)
                .setParameter(1, phone).getResultList());
    }
}
