package org.sakhiline.books.pins;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's one-time code row (see {@link OneTimeCodeRule}); the code itself is only ever a hash here. */
@Entity
@Table(name = "member_pin_code")
public class MemberPinCode extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "code_hash", length = 100)
    public String codeHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "send_window_start")
    public Instant sendWindowStart;

    @Column(name = "sends_in_window", nullable = false)
    public int sendsInWindow;

    OneTimeCodeRule.CodeState state() {
        return new OneTimeCodeRule.CodeState(codeHash, expiresAt, failedAttempts, sendWindowStart, sendsInWindow);
    }

    void store(OneTimeCodeRule.CodeState s) {
        codeHash = s.hash();
        expiresAt = s.expiresAt();
        failedAttempts = s.failedAttempts();
        sendWindowStart = s.windowStart();
        sendsInWindow = s.sendsInWindow();
    }
}
