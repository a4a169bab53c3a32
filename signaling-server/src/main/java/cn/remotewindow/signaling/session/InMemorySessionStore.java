package cn.remotewindow.signaling.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The sessions of one node. */
public final class InMemorySessionStore implements SessionStore {

    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> openByKiosk = new ConcurrentHashMap<>();

    @Override
    public boolean create(Session session) {
        if (openByKiosk.putIfAbsent(session.request().kioskId(), session.id()) != null) {
            return false;
        }
        sessions.put(session.id(), session);
        return true;
    }

    @Override
    public Optional<Session> get(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void put(Session session) {
        sessions.replace(session.id(), session);
    }

    @Override
    public void remove(String sessionId) {
        Session removed = sessions.remove(sessionId);
        if (removed != null) {
            openByKiosk.remove(removed.request().kioskId(), sessionId);
        }
    }

    @Override
    public Optional<String> openSessionOfKiosk(String kioskId) {
        return Optional.ofNullable(openByKiosk.get(kioskId));
    }

    @Override
    public Collection<Session> all() {
        return List.copyOf(sessions.values());
    }
}
