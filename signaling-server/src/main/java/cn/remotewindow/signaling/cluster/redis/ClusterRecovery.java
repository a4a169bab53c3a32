package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.routing.ExpertStatus;
import cn.remotewindow.signaling.routing.WaitingRequest;
import cn.remotewindow.signaling.routing.redis.RedisDispatch;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.session.Departures;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Pairing;
import cn.remotewindow.signaling.session.QueueReporter;
import cn.remotewindow.signaling.session.Resumption;
import cn.remotewindow.signaling.session.Session;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node reaches Redis again after it could not (docs/cluster.md, "Redis trouble"). Three cases:
 *
 * <ul>
 *   <li>a short outage: Redis kept everything; the directory is written again for what changed here meanwhile;</li>
 *   <li>this node was cut off longer than its lifetime: the others took its sessions over and let its
 *       parties go; it lets go of those sessions too, and its parties resume with the new owners;</li>
 *   <li>Redis lost its memory (restarted without persistence: the node's epoch mark is gone): every node writes
 *       back what it knows — its parties, its sessions, its experts' presence and holds, its queued
 *       requests — and, once the others have had time to do the same, its free experts take what waits.</li>
 * </ul>
 * In every case a party of a session run here that left while Redis was out of reach is then
 * found missing and its resume grace begins. Runs on the registry's thread.
 */
public final class ClusterRecovery {

    private static final Logger log = LoggerFactory.getLogger(ClusterRecovery.class);

    private final ClusterNode self;
    private final RedisConnections connections;
    private final RedisSessionStore store;
    private final RedisDispatch dispatch;
    private final PresenceReporter presenceReporter;
    private final QueueReporter queueReporter;
    private final Resumption resumption;
    private final Pairing pairing;
    private final Owners owners;
    private final Departures departures;
    private final RedisOwnership ownership;
    /** How long the other nodes get to write back their part before free experts take what waits. */
    private final Duration settleAfter;

    public ClusterRecovery(ClusterNode self, RedisConnections connections,
                           RedisSessionStore store, RedisDispatch dispatch, PresenceReporter presenceReporter,
                           QueueReporter queueReporter, Resumption resumption, Pairing pairing, Owners owners,
                           Departures departures, RedisOwnership ownership, Duration keepAlive) {
        this.departures = departures;
        this.ownership = ownership;
        this.self = self;
        this.connections = connections;
        this.store = store;
        this.dispatch = dispatch;
        this.presenceReporter = presenceReporter;
        this.queueReporter = queueReporter;
        this.resumption = resumption;
        this.pairing = pairing;
        this.owners = owners;
        this.settleAfter = keepAlive.multipliedBy(3);
    }

    public void registeredAgain(RedisNodeRegistry.Renewal renewal) {
        connections.forgetWhatWasHeard();
        ownership.forgetWhatWasHeard();
        connections.announceAll();
        for (Session session : store.all()) {
            owners.ofSession(session.id()).schedule(() -> reconcile(session.id()), settleAfter.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        if (renewal.lost()) {
            log.warn("redis lost the cluster's state: node {} writes back its {} sessions and {} parties", self.id(),
                    store.all().size(), connections.localParties().size());
            writeBack();
        } else if (renewal.gone()) {
            log.warn("node {} was cut off long enough to be given up: its parties resume with the nodes"
                    + " that took its sessions over", self.id());
            letGoAndResume();
        }
    }

    private void writeBack() {
        store.restoreAll();
        long highest = 0;
        for (Party party : connections.localParties()) {
            if (party instanceof Expert expert) {
                ExpertState shown = presenceReporter.lastReported(expert.id()).orElse(ExpertState.AWAY);
                // BUSY hides what the expert asked for; one who was serving is taken to want the next.
                dispatch.restoreExpert(expert.id(), expert.skills(),
                        shown == ExpertState.AWAY ? ExpertState.AWAY : ExpertState.AVAILABLE);
            }
        }
        for (Session session : store.all()) {
            highest = Math.max(highest, session.request().sequence());
            switch (session.phase()) {
                case QUEUED -> dispatch.restoreQueued(new WaitingRequest(session.id(), session.request().skill(),
                        session.request().priority(), session.request().sequence(), session.passedBy()));
                case RINGING -> dispatch.restoreHold(session.ringing().expertId(), session.id(), true);
                case CONNECTING, ACTIVE -> dispatch.restoreHold(session.call().expertId(), session.id(), false);
                default -> {
                }
            }
            if (session.guest() != null) {
                dispatch.restoreHold(session.guest().expertId(), session.id(), !session.guest().joined());
            }
        }
        dispatch.restoreSequenceAtLeast(highest);
        for (Party party : connections.localParties()) {
            if (party instanceof Expert expert) {
                owners.ofExpert(expert.id()).schedule(() -> settle(expert), settleAfter.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        store.all().forEach(session -> queueReporter.changed(session.request().skill()));
    }

    /**
     * A party of a session run here that left while Redis was unreachable was never marked away:
     * once every node has had time to write its parties back, one connected nowhere is away now
     * (its grace begins). Owner thread.
     */
    private void reconcile(String sessionId) {
        store.get(sessionId).ifPresent(session -> {
            awayIfNowhere(session, Role.KIOSK, session.request().kioskId());
            if (session.inCall()) {
                awayIfNowhere(session, Role.EXPERT, session.expertId());
            }
        });
    }

    private void awayIfNowhere(Session session, Role role, String partyId) {
        try {
            PartyId party = new PartyId(role, partyId);
            boolean connected = connections.localParties().stream().anyMatch(p -> p.partyId().equals(party))
                    || connections.elsewhereNow(party).isPresent();
            if (!session.attendance().away(role) && !connected) {
                departures.away(new SessionTask.PartyAway(session.id(), role, partyId, self.id()));
            }
        } catch (RuntimeException e) {
            log.warn("session {}: could not check whether its {} is still there: {}", session.id(), role,
                    e.getMessage());
        }
    }

    private void settle(Expert expert) {
        try {
            dispatch.settle(expert.id()).ifPresent(claimed -> pairing.claimed(expert.id(), claimed));
            presenceReporter.changed(expert.id());
        } catch (RuntimeException e) {
            log.warn("expert {} could not be settled after redis came back: {}", expert.id(), e.getMessage());
        }
    }

    private void letGoAndResume() {
        for (Session session : store.all()) {
            store.owner(session.id()).filter(owner -> !owner.equals(self.id())).ifPresent(owner ->
                    owners.ofSession(session.id()).execute(() -> {
                        log.info("session {} is run by {} now", session.id(), owner);
                        store.letGo(session.id());
                    }));
        }
        for (Party party : connections.localParties()) {
            if (party instanceof Kiosk) {
                resumption.arrived(party, null);
            } else if (party instanceof Expert expert) {
                ExpertStatus status = dispatch.expert(expert.id()).orElse(null);
                // Let go by the others (signed off), or in a call: resume; otherwise still as it was.
                if (status == null || (status.sessionId() != null && !status.ringing())) {
                    resumption.arrived(party, null);
                }
            }
        }
    }
}
