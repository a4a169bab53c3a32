package cn.remotewindow.kiosk.media;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Remote candidates that cannot be applied yet: they came before any remote description, or
 * belong to an ICE generation (ufrag) whose description has not been applied yet, as after an
 * ICE restart when the candidates overtake the offer. libwebrtc, like Chrome, rejects such
 * candidates, and they would be lost. Bounded: the oldest go first.
 */
final class PendingCandidates {

    static final int LIMIT = 200;

    private final Deque<IceCandidate> waiting = new ArrayDeque<>();

    /** True when the candidate can go to libwebrtc now. */
    static boolean applicable(IceCandidate candidate, boolean haveRemoteDescription, Set<String> remoteUfrags) {
        if (!haveRemoteDescription) {
            return false;
        }
        String ufrag = candidate.ufrag();
        return ufrag == null || remoteUfrags.contains(ufrag);
    }

    void hold(IceCandidate candidate) {
        if (waiting.size() == LIMIT) {
            waiting.removeFirst();
        }
        waiting.addLast(candidate);
    }

    /** Removes and returns, in arrival order, the held candidates that are applicable now. */
    List<IceCandidate> release(Set<String> remoteUfrags) {
        List<IceCandidate> ready = new ArrayList<>();
        waiting.removeIf(candidate -> {
            if (applicable(candidate, true, remoteUfrags)) {
                ready.add(candidate);
                return true;
            }
            return false;
        });
        return ready;
    }

    int size() {
        return waiting.size();
    }
}
