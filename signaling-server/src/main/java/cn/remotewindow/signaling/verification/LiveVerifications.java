package cn.remotewindow.signaling.verification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open verifications, at most one per session. Written only on the session's owner thread;
 * read from anywhere (the HTTP side looks up which session a verification belongs to).
 */
public final class LiveVerifications {

    private final Map<String, LiveVerification> bySession = new ConcurrentHashMap<>();
    private final Map<String, String> sessionOf = new ConcurrentHashMap<>();

    public Optional<LiveVerification> ofSession(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    /** The open verification of that session if it has this id. */
    public Optional<LiveVerification> find(String sessionId, String verificationId) {
        return ofSession(sessionId).filter(live -> live.id().equals(verificationId));
    }

    /** Which session an open verification belongs to. */
    public Optional<String> sessionOf(String verificationId) {
        return Optional.ofNullable(sessionOf.get(verificationId));
    }

    public void put(LiveVerification live) {
        LiveVerification previous = bySession.put(live.sessionId(), live);
        if (previous != null && !previous.id().equals(live.id())) {
            sessionOf.remove(previous.id());
        }
        sessionOf.put(live.id(), live.sessionId());
    }

    public void remove(LiveVerification live) {
        bySession.computeIfPresent(live.sessionId(), (session, current) -> current.id().equals(live.id()) ? null : current);
        sessionOf.remove(live.id());
    }

    public int size() {
        return bySession.size();
    }
}
