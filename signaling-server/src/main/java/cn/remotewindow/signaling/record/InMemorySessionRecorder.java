package cn.remotewindow.signaling.record;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Keeps the most recent events in memory; the database store replaces it (issue 6). */
public final class InMemorySessionRecorder implements SessionRecorder {

    private final int capacity;
    private final Deque<SessionEvent> events;

    public InMemorySessionRecorder(int capacity) {
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    @Override
    public synchronized void record(SessionEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    public synchronized List<SessionEvent> eventsOf(String sessionId) {
        List<SessionEvent> of = new ArrayList<>();
        for (SessionEvent event : events) {
            if (event.sessionId().equals(sessionId)) {
                of.add(event);
            }
        }
        return of;
    }

    public synchronized List<SessionEvent> all() {
        return List.copyOf(events);
    }
}
