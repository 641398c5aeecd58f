package org.sakhiline.channel.ussd;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sakhiline.channel.session.MenuSession;

/**
 * The sessions this instance answered last, as it stored them, so that the next hop of a session can
 * skip reading its row. A remembered session is only a guess: another instance (or another path of this
 * one) may have written the session since, so the hop's write is conditional on the row still carrying
 * this instance's write time (see
 * {@code MenuSessionStore#saveIfUnchanged}) and the hop is answered again from the row when it is not.
 * Least recently used sessions are forgotten first; forgetting costs a read, never an answer.
 */
final class RecentSessions {

    /** A session as this instance stored it, and the time it wrote (the row's {@code updated_at}). */
    record Kept(MenuSession session, Instant storedAt) {}

    private final Map<String, Kept> sessions;

    RecentSessions(int capacity) {
        this.sessions = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Kept get(String key) {
        return sessions.get(key);
    }

    /** Remembers a session as just stored; one that ended is forgotten. */
    synchronized void stored(MenuSession session, Instant at) {
        if (session.status() == MenuSession.Status.ACTIVE) {
            sessions.put(session.key(), new Kept(session, at));
        } else {
            sessions.remove(session.key());
        }
    }

    synchronized void forget(String key) {
        sessions.remove(key);
    }
}
