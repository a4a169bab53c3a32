package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.cluster.SessionHandover;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Party;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * When the node stops, its sessions are handed to the other nodes if there are any (a drain: the
 * parties reconnect there and carry on). Whatever is left is ended with SERVER_SHUTDOWN, so both
 * parties learn why, before the WebSocket server closes their connections (it stops in a later
 * phase). New connections are refused first, and before ending anything the experts connected
 * here are set AWAY so that ending one session does not ring an expert for another that is about
 * to end too.
 */
public final class SessionShutdown implements SmartLifecycle {

    /** Stops before the WebSocket server ({@code SignalingServer.PHASE}). */
    public static final int PHASE = Integer.MAX_VALUE - 1024;

    private static final Logger log = LoggerFactory.getLogger(SessionShutdown.class);

    private final SessionStore store;
    private final Owners owners;
    private final SessionCloser closer;
    private final Dispatch dispatch;
    private final Runnable stopAdmitting;
    private final SessionHandover handover;
    private final LocalConnections connections;
    private volatile boolean running;

    /** @param stopAdmitting stops accepting new connections (the WebSocket server's listening socket) */
    public SessionShutdown(SessionStore store, Owners owners, SessionCloser closer, Dispatch dispatch,
                           Runnable stopAdmitting, SessionHandover handover, LocalConnections connections) {
        this.store = store;
        this.owners = owners;
        this.closer = closer;
        this.dispatch = dispatch;
        this.stopAdmitting = stopAdmitting;
        this.handover = handover;
        this.connections = connections;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopAdmitting.run();
        if (handover.handOverAll() && store.all().isEmpty()) {
            log.info("every session was handed to the other nodes");
            return;
        }
        for (Party party : connections.parties()) {
            if (party instanceof Expert) {
                try {
                    dispatch.setWanted(party.id(), ExpertState.AWAY);
                } catch (RuntimeException e) {
                    log.warn("expert {} could not be set AWAY for the shutdown: {}", party.id(), e.toString());
                }
            }
        }
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
