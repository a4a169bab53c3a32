package cn.remotewindow.signaling.session;

import java.util.Collection;
import java.util.Optional;

/**
 * Where open sessions live. Each session is written only by its owner (see {@link Owners});
 * the store itself guarantees one open session per kiosk.
 */
public interface SessionStore {

    /** Stores a new session unless its kiosk already has an open one. */
    boolean create(Session session);

    Optional<Session> get(String sessionId);

    /** Replaces a session's state; called by the session's owner only. */
    void put(Session session);

    /** Forgets an ended session and frees its kiosk for a new request. */
    void remove(String sessionId);

    Optional<String> openSessionOfKiosk(String kioskId);

    Collection<Session> all();
}
