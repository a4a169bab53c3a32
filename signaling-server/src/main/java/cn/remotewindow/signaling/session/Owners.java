package cn.remotewindow.signaling.session;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner threads. Everything that changes one session runs on that session's thread, in
 * order; likewise everything sent to one expert about their presence, and each skill's queue
 * report. That removes races between a kiosk's cancel, an expert's accept and a ring timer
 * without any lock around the session.
 *
 * <p>The owners are the WebSocket I/O event loops themselves: a message whose session lives on
 * the loop that read it is handled without a thread hand-off, and there are no extra threads to
 * wake on a 2-core machine. The work done here is short and never blocks.
 */
public final class Owners {

    private final EventExecutor[] lanes;

    /** @param group the event loops to run on; not owned (closed by whoever created it) */
    public Owners(EventExecutorGroup group) {
        List<EventExecutor> all = new ArrayList<>();
        group.forEach(all::add);
        this.lanes = all.toArray(new EventExecutor[0]);
    }

    public EventExecutor ofSession(String sessionId) {
        return lane("s:" + sessionId);
    }

    public EventExecutor ofExpert(String expertId) {
        return lane("e:" + expertId);
    }

    /** Work about delivering to one party (a message sent on to the node it moved to). */
    public EventExecutor ofParty(cn.remotewindow.signaling.party.PartyId party) {
        return lane("p:" + party);
    }

    public EventExecutor ofQueue(String skill) {
        return lane("q:" + skill);
    }

    private EventExecutor lane(String key) {
        return lanes[Math.floorMod(key.hashCode(), lanes.length)];
    }
}
