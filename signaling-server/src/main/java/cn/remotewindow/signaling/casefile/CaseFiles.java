package cn.remotewindow.signaling.casefile;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The case files of the sessions this node runs, in memory. Written only on each session's owner
 * thread; read from anywhere (the HTTP side). Forgotten when the session ends: what happened is in
 * the records by then.
 */
public final class CaseFiles {

    private final ConcurrentMap<String, CaseFile> bySession = new ConcurrentHashMap<>();

    public Optional<CaseFile> find(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    /** The session's case file, made empty on first use. */
    public CaseFile open(String sessionId, String itemCode, String kioskId) {
        return bySession.computeIfAbsent(sessionId, id -> CaseFile.empty(id, itemCode, kioskId));
    }

    public void put(CaseFile file) {
        bySession.put(file.sessionId(), file);
    }

    public Optional<CaseFile> remove(String sessionId) {
        return Optional.ofNullable(bySession.remove(sessionId));
    }
}
