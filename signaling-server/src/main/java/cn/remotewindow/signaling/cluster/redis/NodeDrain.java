package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.signaling.cluster.ClusterAdmin;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.ClusterStatus;
import cn.remotewindow.signaling.cluster.DrainReport;
import cn.remotewindow.signaling.cluster.PresenceHints;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.cluster.SessionHandover;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Session;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draining: this node stops taking connections, tells the others it drains, hands each of its
 * sessions to the serving nodes in turn (each on its owner thread, with its latest state), leaves
 * its experts' presence for them to find, and closes its connections with 1001 so that the
 * parties reconnect through the load balancer to the others and resume there. The calls' media
 * never passes through a signaling node, so it goes on meanwhile. Also what a stopping node does
 * (SIGTERM) when other nodes serve.
 */
public final class NodeDrain implements ClusterAdmin, SessionHandover {

    private static final Logger log = LoggerFactory.getLogger(NodeDrain.class);

    private final RedisNodeRegistry registry;
    private final RedisSessionStore store;
    private final RedisRelay relay;
    private final Owners owners;
    private final LocalConnections local;
    private final Dispatch dispatch;
    private final PresenceHints hints;
    private final ClusterNode self;
    private final Runnable stopAccepting;
    private final Runnable refuseTraffic;
    private DrainReport done;

    /**
     * @param stopAccepting closes the WebSocket listening socket
     * @param refuseTraffic turns the readiness probe down, so that load balancers send nobody new
     */
    public NodeDrain(RedisNodeRegistry registry, RedisSessionStore store, RedisRelay relay, Owners owners,
                     LocalConnections local, Dispatch dispatch, PresenceHints hints, ClusterNode self,
                     Runnable stopAccepting, Runnable refuseTraffic) {
        this.registry = registry;
        this.store = store;
        this.relay = relay;
        this.owners = owners;
        this.local = local;
        this.dispatch = dispatch;
        this.hints = hints;
        this.self = self;
        this.stopAccepting = stopAccepting;
        this.refuseTraffic = refuseTraffic;
    }

    @Override
    public ClusterStatus status() {
        Set<String> serving = registry.serving();
        List<ClusterStatus.NodeView> nodes = new ArrayList<>();
        for (String node : new TreeSet<>(registry.alive())) {
            nodes.add(new ClusterStatus.NodeView(node, !serving.contains(node)));
        }
        return new ClusterStatus("REDIS", self.id(), nodes, store.all().size(), local.size());
    }

    @Override
    public synchronized DrainReport drain() {
        if (done != null) {
            return done;
        }
        List<String> targets = new ArrayList<>(new TreeSet<>(registry.serving()));
        targets.remove(self.id());
        if (targets.isEmpty()) {
            throw new NothingToDrainTo("No other server takes work now: this server's sessions have nowhere to go.");
        }
        registry.setDraining(true);
        refuseTraffic.run();
        stopAccepting.run();
        AtomicInteger handed = new AtomicInteger();
        Set<String> to = new LinkedHashSet<>();
        List<Future<?>> handovers = new ArrayList<>();
        int next = 0;
        for (Session session : store.all()) {
            String target = targets.get(next++ % targets.size());
            handovers.add(owners.ofSession(session.id()).submit(() -> {
                if (store.handOver(session.id(), target)) {
                    relay.send(target, new RelayMessage.Adopt(session.id()));
                    handed.incrementAndGet();
                    synchronized (to) {
                        to.add(target);
                    }
                }
            }));
        }
        for (Future<?> handover : handovers) {
            if (!handover.awaitUninterruptibly(5, TimeUnit.SECONDS) || !handover.isSuccess()) {
                log.warn("a session could not be handed over: {}", handover.cause() == null ? "timed out"
                        : handover.cause().toString());
            }
        }
        List<Party> parties = local.parties();
        for (Party party : parties) {
            if (party instanceof Expert expert) {
                dispatch.expert(expert.id()).ifPresent(status -> hints.leave(expert.id(), status.wanted()));
            }
        }
        local.closeAll(CloseCode.GOING_AWAY);
        synchronized (to) {
            done = new DrainReport(self.id(), handed.get(), List.copyOf(to), parties.size());
        }
        log.info("node {} drained: {} sessions handed to {}, {} parties told to reconnect elsewhere", self.id(),
                done.handedOver(), done.to(), done.disconnected());
        return done;
    }

    @Override
    public boolean handOverAll() {
        try {
            return drain().handedOver() > 0 || store.all().isEmpty();
        } catch (NothingToDrainTo e) {
            return false;
        } catch (RuntimeException e) {
            log.warn("node {} could not drain before stopping: {}", self.id(), e.toString());
            return false;
        }
    }
}
