package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.party.PartyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The recently ended sessions of one node. */
public final class InMemoryEndedSessions implements EndedSessions {

    /** Forgetting is a scan of every entry, so it runs at most this often. */
    private static final long PURGE_EVERY_MILLIS = 10_000;

    private final ConcurrentMap<String, EndedSession> bySession = new ConcurrentHashMap<>();
    private final Duration keep;
    private final Clock clock;
    private volatile long lastPurge;

    public InMemoryEndedSessions(Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * The first ending of a session stands: adding it again (a retry, or a second node ending it too)
     * neither tells it twice nor undoes its rating.
     */
    @Override
    public void add(EndedSession ended) {
        forgetExpired();
        bySession.merge(ended.sessionId(), ended, (kept, again) -> fresh(kept) ? kept : again);
    }

    @Override
    public Optional<EndedSession> find(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId)).filter(this::fresh);
    }

    @Override
    public List<EndedSession> takeUntold(PartyId party) {
        List<EndedSession> untold = new ArrayList<>();
        for (EndedSession ended : bySession.values()) {
            boolean mine = party.role() == Role.KIOSK
                    ? party.id().equals(ended.kioskId()) && !ended.kioskTold()
                    : party.id().equals(ended.expertId()) && !ended.expertTold();
            if (mine && fresh(ended) && bySession.replace(ended.sessionId(), ended, ended.told(party.role()))) {
                untold.add(ended);
            }
        }
        return untold;
    }

    @Override
    public Optional<EndedSession> rate(String sessionId, String kioskId, Satisfaction level) {
        EndedSession[] rated = new EndedSession[1];
        bySession.computeIfPresent(sessionId, (id, ended) -> {
            if (!fresh(ended) || !kioskId.equals(ended.kioskId()) || ended.rating() != null) {
                return ended;
            }
            rated[0] = ended.rated(level);
            return rated[0];
        });
        return Optional.ofNullable(rated[0]);
    }

    private boolean fresh(EndedSession ended) {
        return ended.endedAt().plus(keep).isAfter(clock.instant());
    }

    private void forgetExpired() {
        long now = clock.millis();
        if (now - lastPurge < PURGE_EVERY_MILLIS) {
            return;
        }
        lastPurge = now;
        Instant cutoff = Instant.ofEpochMilli(now).minus(keep);
        bySession.values().removeIf(ended -> ended.endedAt().isBefore(cutoff));
    }
}
