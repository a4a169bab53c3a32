package cn.remotewindow.signaling.record;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the most recent events in memory, indexed by session and by the experts who served it,
 * so that reads do not scan every event. The oldest events are dropped beyond the capacity; a
 * session whose acceptance was dropped no longer counts as the expert's. The records store of
 * issue 6 replaces it.
 */
public final class InMemorySessionRecorder implements SessionRecorder, SessionRecords {

    private final int capacity;
    private final Deque<SessionEvent> events;
    /** The same events by session, oldest first. */
    private final Map<String, List<SessionEvent>> bySession = new HashMap<>();
    /** Sessions each expert accepted, in the order of acceptance. */
    private final Map<String, Deque<String>> acceptedBy = new HashMap<>();

    public InMemorySessionRecorder(int capacity) {
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    @Override
    public synchronized void record(SessionEvent event) {
        if (events.size() == capacity) {
            forget(events.removeFirst());
        }
        events.addLast(event);
        bySession.computeIfAbsent(event.sessionId(), k -> new ArrayList<>()).add(event);
        if (serves(event)) {
            Deque<String> served = acceptedBy.computeIfAbsent(event.expertId(), k -> new ArrayDeque<>());
            // Once per session: a guest invited again into the same call is not listed twice.
            served.remove(event.sessionId());
            served.addLast(event.sessionId());
        }
    }

    @Override
    public synchronized List<SessionEvent> eventsOf(String sessionId) {
        List<SessionEvent> of = bySession.get(sessionId);
        return of == null ? List.of() : List.copyOf(of);
    }

    @Override
    public synchronized Optional<SessionRecord> find(String sessionId) {
        List<SessionEvent> of = bySession.get(sessionId);
        return of == null ? Optional.empty() : Optional.of(SessionRecord.of(sessionId, of));
    }

    @Override
    public synchronized List<SessionRecord> unfinished(java.time.Instant since) {
        return bySession.entrySet().stream()
                .map(entry -> SessionRecord.of(entry.getKey(), entry.getValue()))
                .filter(record -> record.endedAt() == null && record.request() != null
                        && !record.request().requestedAt().isBefore(since))
                .sorted(java.util.Comparator.comparing((SessionRecord record) -> record.request().requestedAt())
                        .thenComparing(SessionRecord::sessionId))
                .toList();
    }

    @Override
    public synchronized List<SessionRecord> servedBy(String expertId, int limit) {
        Deque<String> accepted = acceptedBy.get(expertId);
        if (accepted == null) {
            return List.of();
        }
        List<SessionRecord> served = new ArrayList<>(Math.min(limit, accepted.size()));
        for (Iterator<String> latestFirst = accepted.descendingIterator(); latestFirst.hasNext() && served.size() < limit; ) {
            String sessionId = latestFirst.next();
            served.add(SessionRecord.of(sessionId, bySession.get(sessionId)));
        }
        return served;
    }

    public synchronized List<SessionEvent> all() {
        return List.copyOf(events);
    }

    /** An expert took part in serving the session: accepted it, or joined it as a guest. */
    private static boolean serves(SessionEvent event) {
        return (event.kind() == SessionEvent.Kind.ACCEPTED || event.kind() == SessionEvent.Kind.JOINED)
                && event.expertId() != null;
    }

    private void forget(SessionEvent oldest) {
        List<SessionEvent> of = bySession.get(oldest.sessionId());
        of.remove(0);
        if (of.isEmpty()) {
            bySession.remove(oldest.sessionId());
        }
        boolean stillServes = of.stream().anyMatch(e -> serves(e) && e.expertId().equals(oldest.expertId()));
        if (serves(oldest) && !stillServes) {
            Deque<String> accepted = acceptedBy.get(oldest.expertId());
            accepted.remove(oldest.sessionId());
            if (accepted.isEmpty()) {
                acceptedBy.remove(oldest.expertId());
            }
        }
    }
}
