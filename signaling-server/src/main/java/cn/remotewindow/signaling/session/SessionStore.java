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

    /** The session if this node owns it: the copy its owner thread may change. */
    Optional<Session> get(String sessionId);

    /**
     * The session wherever it is owned: this node's, or a copy of another node's (read-only, as
     * of that node's last change). For what only looks, such as the waiting picture.
     */
    default Optional<Session> find(String sessionId) {
        return get(sessionId);
    }

    /** Replaces a session's state; called by the session's owner only. */
    void put(Session session);

    /** Forgets an ended session and frees its kiosk for a new request. */
    void remove(String sessionId);

    /** The kiosk's open session, wherever it is owned. */
    Optional<String> openSessionOfKiosk(String kioskId);

    /** The sessions this node owns. */
    Collection<Session> all();
}
