package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * When the node stops, every open session is ended with SERVER_SHUTDOWN, so both parties learn
 * why, before the WebSocket server closes their connections (it stops in a later phase).
 */
public final class SessionShutdown implements SmartLifecycle {

    /** Stops before the WebSocket server ({@code SignalingServer.PHASE}). */
    public static final int PHASE = Integer.MAX_VALUE - 1024;

    private static final Logger log = LoggerFactory.getLogger(SessionShutdown.class);

    private final SessionStore store;
    private final Owners owners;
    private final SessionCloser closer;
    private volatile boolean running;

    public SessionShutdown(SessionStore store, Owners owners, SessionCloser closer) {
        this.store = store;
        this.owners = owners;
        this.closer = closer;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List<Future<?>> endings = new ArrayList<>();
        for (Session open : store.all()) {
            endings.add(owners.ofSession(open.id()).submit(() -> store.get(open.id())
                    .ifPresent(session -> closer.end(session, Role.SERVER, EndReason.SERVER_SHUTDOWN))));
        }
        for (Future<?> ending : endings) {
            if (!ending.awaitUninterruptibly(2, TimeUnit.SECONDS)) {
                log.warn("a session did not end within 2 s of shutdown");
            }
        }
        if (!endings.isEmpty()) {
            log.info("ended {} open sessions for shutdown", endings.size());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
