package cn.remotewindow.signaling.session;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

class InMemoryEndedSessionsTest extends EndedSessionsContract {

    /** One node: both views are the same instance. */
    @Override
    protected List<EndedSessions> twoNodes(Duration window, Clock clock) {
        EndedSessions store = new InMemoryEndedSessions(window, clock);
        return List.of(store, store);
    }
}
