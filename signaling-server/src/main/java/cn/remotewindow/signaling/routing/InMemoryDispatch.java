package cn.remotewindow.signaling.routing;

import cn.remotewindow.protocol.message.ExpertState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dispatch of one node. One lock guards presence and queues together, which is what makes
 * each operation atomic; every operation is a few map and tree-set steps, so the lock is held
 * for microseconds.
 */
public final class InMemoryDispatch implements Dispatch {

    private static final Comparator<WaitingRequest> SERVICE_ORDER =
            Comparator.comparing((WaitingRequest r) -> r.priority().ordinal()).reversed()
                    .thenComparingLong(WaitingRequest::sequence);

    /** An idle available expert, ordered by when they became idle (longest idle first). */
    private record Idle(long since, String expertId) implements Comparable<Idle> {
        @Override
        public int compareTo(Idle o) {
            int c = Long.compare(since, o.since);
            return c != 0 ? c : expertId.compareTo(o.expertId);
        }
    }

    private final Object lock = new Object();
    private final Map<String, ExpertStatus> experts = new HashMap<>();
    /** Idle tick of each idle available expert; absent when not ringable. */
    private final Map<String, Long> idleSince = new HashMap<>();
    private final Map<String, NavigableSet<Idle>> idleBySkill = new HashMap<>();
    private final Map<String, NavigableSet<WaitingRequest>> queues = new HashMap<>();
    private final Map<String, WaitingRequest> queuedBySession = new HashMap<>();
    /** Signed-on experts per skill, kept as a count so that queue reports do not walk every expert. */
    private final Map<String, Integer> onlineBySkill = new HashMap<>();
    private long idleTick;
    private long sequence;

    @Override
    public long nextSequence() {
        synchronized (lock) {
            return ++sequence;
        }
    }

    @Override
    public void signOn(String expertId, Set<String> skills) {
        synchronized (lock) {
            removeExpert(expertId);
            experts.put(expertId, new ExpertStatus(expertId, skills, ExpertState.AWAY, null, false));
            for (String skill : skills) {
                onlineBySkill.merge(skill, 1, Integer::sum);
            }
        }
    }

    @Override
    public Optional<ExpertStatus> signOff(String expertId) {
        synchronized (lock) {
            return Optional.ofNullable(removeExpert(expertId));
        }
    }

    @Override
    public Placement place(WaitingRequest request) {
        synchronized (lock) {
            Optional<String> offered = offerIdleLocked(request);
            if (offered.isPresent()) {
                return new Placement.Offered(offered.get());
            }
            queuedBySession.put(request.sessionId(), request);
            queues.computeIfAbsent(request.skill(), k -> new TreeSet<>(SERVICE_ORDER)).add(request);
            return new Placement.Queued();
        }
    }

    @Override
    public boolean offerTo(String expertId, WaitingRequest request) {
        synchronized (lock) {
            ExpertStatus status = experts.get(expertId);
            if (status == null || status.sessionId() != null || status.wanted() != ExpertState.AVAILABLE) {
                return false;
            }
            holdRinging(status, request.sessionId());
            return true;
        }
    }

    @Override
    public Optional<String> offerIdle(WaitingRequest request) {
        synchronized (lock) {
            return offerIdleLocked(request);
        }
    }

    private Optional<String> offerIdleLocked(WaitingRequest request) {
        NavigableSet<Idle> idle = idleBySkill.get(request.skill());
        if (idle != null) {
            for (Idle candidate : idle) {
                if (!request.passedBy().contains(candidate.expertId())) {
                    holdRinging(experts.get(candidate.expertId()), request.sessionId());
                    return Optional.of(candidate.expertId());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<WaitingRequest> setWanted(String expertId, ExpertState wanted) {
        requireWantable(wanted);
        synchronized (lock) {
            ExpertStatus status = experts.get(expertId);
            if (status == null) {
                return Optional.empty();
            }
            if (status.wanted() == wanted) {
                return Optional.empty();
            }
            status = new ExpertStatus(expertId, status.skills(), wanted, status.sessionId(), status.ringing());
            experts.put(expertId, status);
            return settle(status);
        }
    }

    @Override
    public boolean confirm(String expertId, String sessionId) {
        synchronized (lock) {
            ExpertStatus status = experts.get(expertId);
            if (status == null || !status.ringing() || !sessionId.equals(status.sessionId())) {
                return false;
            }
            experts.put(expertId, new ExpertStatus(expertId, status.skills(), status.wanted(), sessionId, false));
            return true;
        }
    }

    @Override
    public Release release(String expertId, String sessionId, ExpertState next) {
        if (next != null) {
            requireWantable(next);
        }
        synchronized (lock) {
            ExpertStatus status = experts.get(expertId);
            if (status == null || !sessionId.equals(status.sessionId())) {
                return Release.NOT_HELD;
            }
            status = new ExpertStatus(expertId, status.skills(), next != null ? next : status.wanted(), null, false);
            experts.put(expertId, status);
            return new Release(true, settle(status));
        }
    }

    @Override
    public boolean withdraw(String sessionId) {
        synchronized (lock) {
            WaitingRequest request = queuedBySession.remove(sessionId);
            if (request == null) {
                return false;
            }
            NavigableSet<WaitingRequest> queue = queues.get(request.skill());
            queue.remove(request);
            if (queue.isEmpty()) {
                queues.remove(request.skill());
            }
            return true;
        }
    }

    @Override
    public QueueSnapshot queue(String skill) {
        synchronized (lock) {
            NavigableSet<WaitingRequest> queue = queues.get(skill);
            NavigableSet<Idle> idle = idleBySkill.get(skill);
            // The idle set is exactly the AVAILABLE experts: free, wanting AVAILABLE, not ringing.
            return new QueueSnapshot(skill, queue == null ? List.of() : new ArrayList<>(queue),
                    onlineBySkill.getOrDefault(skill, 0), idle == null ? 0 : idle.size());
        }
    }

    @Override
    public Optional<ExpertStatus> expert(String expertId) {
        synchronized (lock) {
            return Optional.ofNullable(experts.get(expertId));
        }
    }

    @Override
    public Collection<ExpertStatus> experts() {
        synchronized (lock) {
            return List.copyOf(experts.values());
        }
    }

    /**
     * Brings the idle index in line with the expert's status; a free available expert first
     * takes the best waiting request they can serve.
     */
    private Optional<WaitingRequest> settle(ExpertStatus status) {
        boolean free = status.sessionId() == null && status.wanted() == ExpertState.AVAILABLE;
        if (!free) {
            markBusyOrAway(status);
            return Optional.empty();
        }
        WaitingRequest best = bestWaitingFor(status);
        if (best != null) {
            dequeue(best);
            holdRinging(status, best.sessionId());
            return Optional.of(best);
        }
        if (!idleSince.containsKey(status.expertId())) {
            long tick = ++idleTick;
            idleSince.put(status.expertId(), tick);
            for (String skill : status.skills()) {
                idleBySkill.computeIfAbsent(skill, k -> new TreeSet<>()).add(new Idle(tick, status.expertId()));
            }
        }
        return Optional.empty();
    }

    private WaitingRequest bestWaitingFor(ExpertStatus status) {
        WaitingRequest best = null;
        for (String skill : status.skills()) {
            NavigableSet<WaitingRequest> queue = queues.get(skill);
            if (queue == null) {
                continue;
            }
            for (WaitingRequest request : queue) {
                if (!request.passedBy().contains(status.expertId())) {
                    if (best == null || request.servedBefore(best)) {
                        best = request;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private void dequeue(WaitingRequest request) {
        queuedBySession.remove(request.sessionId());
        NavigableSet<WaitingRequest> queue = queues.get(request.skill());
        queue.remove(request);
        if (queue.isEmpty()) {
            queues.remove(request.skill());
        }
    }

    private void holdRinging(ExpertStatus status, String sessionId) {
        ExpertStatus ringing = new ExpertStatus(status.expertId(), status.skills(), status.wanted(), sessionId, true);
        experts.put(status.expertId(), ringing);
        markBusyOrAway(ringing);
    }

    private void markBusyOrAway(ExpertStatus status) {
        Long tick = idleSince.remove(status.expertId());
        if (tick == null) {
            return;
        }
        Idle idle = new Idle(tick, status.expertId());
        for (String skill : status.skills()) {
            NavigableSet<Idle> set = idleBySkill.get(skill);
            if (set != null) {
                set.remove(idle);
                if (set.isEmpty()) {
                    idleBySkill.remove(skill);
                }
            }
        }
    }

    private ExpertStatus removeExpert(String expertId) {
        ExpertStatus status = experts.get(expertId);
        if (status == null) {
            return null;
        }
        markBusyOrAway(status);
        experts.remove(expertId);
        for (String skill : status.skills()) {
            onlineBySkill.computeIfPresent(skill, (k, n) -> n > 1 ? n - 1 : null);
        }
        return status;
    }

    private static void requireWantable(ExpertState wanted) {
        if (wanted != ExpertState.AVAILABLE && wanted != ExpertState.AWAY) {
            throw new IllegalArgumentException("an expert can only ask to be AVAILABLE or AWAY, not " + wanted);
        }
    }
}
