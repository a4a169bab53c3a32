package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.cluster.AdoptedSessions;
import cn.remotewindow.signaling.cluster.NodeRegistry;
import cn.remotewindow.signaling.cluster.PartyPlace;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.session.CarriedOver;
import cn.remotewindow.signaling.session.QueueReporter;
import cn.remotewindow.signaling.session.Resumption;
import cn.remotewindow.signaling.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What a node does with a session it took over. The timers go on ({@link CarriedOver}). A party
 * that had already reconnected to another node when the old owner died asked that dead node for
 * its session and never heard back: it gets its session now, as after any resume. Parties still
 * connected to the dead node are dealt with by the node reaping it ({@link NodeLoss}), as if their
 * connections had dropped.
 */
public final class SessionTakeover implements AdoptedSessions {

    private final CarriedOver carriedOver;
    private final Resumption resumption;
    private final QueueReporter queueReporter;
    private final RedisConnections connections;
    private final NodeRegistry nodes;
    private final Clock clock;
    /** A connection this recent may have been made while the old owner was dying unnoticed. */
    private final Duration recently;

    public SessionTakeover(CarriedOver carriedOver, Resumption resumption, QueueReporter queueReporter,
                           RedisConnections connections, NodeRegistry nodes, Clock clock, Duration nodeTtl) {
        this.carriedOver = carriedOver;
        this.resumption = resumption;
        this.queueReporter = queueReporter;
        this.connections = connections;
        this.nodes = nodes;
        this.clock = clock;
        this.recently = nodeTtl.multipliedBy(2);
    }

    @Override
    public void adopted(Session session, String fromNode) {
        carriedOver.timers(session);
        resumeIfReconnected(session, new PartyId(Role.KIOSK, session.request().kioskId()), fromNode);
        if (session.call() != null) {
            resumeIfReconnected(session, new PartyId(Role.EXPERT, session.call().expertId()), fromNode);
        }
        queueReporter.changed(session.request().skill());
    }

    private void resumeIfReconnected(Session session, PartyId party, String deadNode) {
        Optional<PartyPlace> place = connections.place(party);
        boolean reconnected = place.isPresent() && !place.get().node().equals(deadNode)
                && nodes.isAlive(place.get().node())
                && place.get().since() > clock.millis() - recently.toMillis();
        if (reconnected) {
            resumption.resume(new SessionTask.PartyBack(session.id(), party.role(), party.id(), place.get().node()));
        }
    }
}
