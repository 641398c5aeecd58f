package org.sakhiline.books.members;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A phone (E.164) a member can be reached on; one handset may serve several members. */
@Entity
@Table(name = "member_phone")
public class MemberPhone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "phone_e164", nullable = false, length = 16)
    public String phoneE164;

    public static MemberPhone of(long memberId, String phoneE164) {
        MemberPhone p = new MemberPhone();
        p.memberId = memberId;
        p.phoneE164 = phoneE164;
        return p;
    }

    public static List<String> phonesOf(long memberId) {
        return find("memberId = ?1 order by id", memberId).project(PhoneOnly.class).list().stream()
                .map(PhoneOnly::phoneE164).toList();
    }

    /** Projection so listing phones does not load entities. */
    public record PhoneOnly(String phoneE164) {}
}
