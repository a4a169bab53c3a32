package cn.remotewindow.signaling.session;

import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The owner threads. Everything that changes one session runs on that session's thread, in
 * order; likewise everything sent to one expert about their presence, and each skill's queue
 * report. That removes races between a kiosk's cancel, an expert's accept and a ring timer
 * without any lock around the session.
 */
public final class Owners implements AutoCloseable {

    private final EventExecutorGroup group;
    private final EventExecutor[] lanes;

    public Owners(int threads) {
        this.group = new DefaultEventExecutorGroup(threads, new DefaultThreadFactory("session-owner", true));
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

    public EventExecutor ofQueue(String skill) {
        return lane("q:" + skill);
    }

    private EventExecutor lane(String key) {
        return lanes[Math.floorMod(key.hashCode(), lanes.length)];
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
