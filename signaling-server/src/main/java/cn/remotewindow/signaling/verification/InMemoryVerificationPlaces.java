package cn.remotewindow.signaling.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verifications this node holds, in memory. Alone (window.cluster.mode=local) that is all of
 * them, so every upload is taken in here; the Redis places wrap it.
 */
public final class InMemoryVerificationPlaces implements VerificationPlaces {

    private final String nodeId;
    private final Clock clock;
    private final Map<String, Instant> held = new ConcurrentHashMap<>();

    public InMemoryVerificationPlaces(String nodeId, Clock clock) {
        this.nodeId = nodeId;
        this.clock = clock;
    }

    @Override
    public void heldHere(String verificationId, Instant until) {
        Instant now = clock.instant();
        // Forgotten at the next hold after their time: the map stays as small as the open verifications.
        held.values().removeIf(end -> !end.isAfter(now));
        held.put(verificationId, until);
    }

    @Override
    public Optional<String> holder(String verificationId) {
        Instant until = held.get(verificationId);
        return until != null && until.isAfter(clock.instant()) ? Optional.of(nodeId) : Optional.empty();
    }

    /** The holds not yet past their time, with their ends. */
    public Map<String, Instant> current() {
        Instant now = clock.instant();
        Map<String, Instant> current = new java.util.HashMap<>();
        held.forEach((id, until) -> {
            if (until.isAfter(now)) {
                current.put(id, until);
            }
        });
        return current;
    }
}
