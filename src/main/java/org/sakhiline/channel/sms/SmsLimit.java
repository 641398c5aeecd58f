package org.sakhiline.channel.sms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One counter of {@link MitraLimits}: {@code STAFF:<id>}, {@code GROUP:<SHG id>} or {@code SENDER:<number>}. */
@Entity
@Table(name = "sms_limit")
public class SmsLimit extends PanacheEntityBase {

    @Id
    @Column(name = "limit_key", length = 48)
    public String key;

    @Column(nullable = false)
    public int events;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    SmsLimitRule.Counter counter() {
        return new SmsLimitRule.Counter(events, windowStart, lockedUntil);
    }

    void set(SmsLimitRule.Counter c) {
        events = c.events();
        windowStart = c.windowStart();
        lockedUntil = c.lockedUntil();
    }
}
