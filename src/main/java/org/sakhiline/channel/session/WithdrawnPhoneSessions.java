package org.sakhiline.channel.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;
import org.sakhiline.books.members.PhoneWithdrawn;
import org.sakhiline.support.HopConnections;
import org.sakhiline.support.PhoneMask;

/**
 * Ends the USSD and voice sessions open on a phone that stopped identifying a member, once that change has
 * committed. The next hop finds no live session and starts over, asking the books who the phone belongs to
 * now. An instance's remembered copy of such a session is stale from here on (its write is conditional on
 * the row it stored), so no instance goes on answering from it.
 */
@ApplicationScoped
public class WithdrawnPhoneSessions {

    private static final Logger LOG = Logger.getLogger(WithdrawnPhoneSessions.class);

    private final HopConnections connections;
    Clock clock = Clock.systemUTC();

    public WithdrawnPhoneSessions(HopConnections connections) {
        this.connections = connections;
    }

    void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) PhoneWithdrawn event) {
        // Under READ COMMITTED: only the rows it ends stay locked, no gap locks hold up new sessions. The answer kept
        // for a repeated hop goes too: nobody is to be shown her screens on this phone any more.
        String sql = "UPDATE menu_session SET status = 'ENDED', state_json = NULL, pages_json = NULL, answered_mark = NULL,"
                + " answer = NULL, end_reason = ?, updated_at = ? WHERE phone_e164 = ? AND status = 'ACTIVE'";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            ps.setString(1, event.reason());
            ps.setObject(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setString(3, event.phoneE164());
            int ended = ps.executeUpdate();
            if (ended > 0) {
                LOG.infof("%d menu sessions on %s ended: %s", ended, PhoneMask.mask(event.phoneE164()), event.reason());
            }
        } catch (SQLException e) {
            // The change has committed; a session left open still dies at its idle timeout (minutes).
            LOG.errorf(e, "could not end the menu sessions on %s", PhoneMask.mask(event.phoneE164()));
        }
    }
}
