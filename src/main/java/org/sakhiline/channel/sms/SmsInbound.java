package org.sakhiline.channel.sms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One processed inbound SMS (unique by Twilio's MessageSid) and what it was answered. */
@Entity
@Table(name = "sms_inbound")
public class SmsInbound extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_sid", nullable = false, length = 64)
    public String messageSid;

    @Column(name = "from_number", nullable = false, length = 32)
    public String fromNumber;

    @Column(name = "to_number", length = 32)
    public String toNumber;

    @Column(nullable = false, length = 1600)
    public String body;

    @Column(nullable = false, length = 24)
    public String kind;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "staff_id")
    public Long staffId;

    @Column(length = 1600)
    public String reply;

    @Column(name = "reply_via", nullable = false, length = 8)
    public String replyVia;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<SmsInbound> findBySid(String messageSid) {
        return find("messageSid", messageSid).firstResultOptional();
    }
}
