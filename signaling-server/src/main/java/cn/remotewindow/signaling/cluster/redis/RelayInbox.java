package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.cluster.SessionLanes;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.QueueReporter;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the other nodes send this one, handed to whoever handles it here. Runs on Lettuce's
 * subscription thread, in the order the frames arrived, so it only hands work over and never waits.
 */
public final class RelayInbox implements Consumer<RelayMessage> {

    private static final Logger log = LoggerFactory.getLogger(RelayInbox.class);

    private final LocalConnections local;
    private final RedisConnections connections;
    private final EnvelopeCodec codec;
    private final SessionLanes lanes;
    private final PresenceReporter presenceReporter;
    private final QueueReporter queueReporter;
    private final RedisOwnership ownership;
    private final Owners owners;
    private final RedisRelay relay;
    /** Set once at wiring (the catalogue side is built after the relay). */
    private volatile Runnable catalogueFollower = () -> { };

    public RelayInbox(LocalConnections local, RedisConnections connections, EnvelopeCodec codec, SessionLanes lanes,
                      PresenceReporter presenceReporter, QueueReporter queueReporter, RedisOwnership ownership,
                      Owners owners, RedisRelay relay) {
        this.relay = relay;
        this.ownership = ownership;
        this.owners = owners;
        this.local = local;
        this.connections = connections;
        this.codec = codec;
        this.lanes = lanes;
        this.presenceReporter = presenceReporter;
        this.queueReporter = queueReporter;
    }

    public void onCatalogueChanged(Runnable follower) {
        this.catalogueFollower = follower;
    }

    @Override
    public void accept(RelayMessage message) {
        if (message instanceof RelayMessage.ToParty toParty) {
            deliver(toParty);
        } else if (message instanceof RelayMessage.ForSession forSession) {
            lanes.relayed(forSession.task());
        } else if (message instanceof RelayMessage.PresenceChanged presence) {
            presenceReporter.changedHere(presence.expertId());
        } else if (message instanceof RelayMessage.QueueChanged queue) {
            queueReporter.changedElsewhere(queue.skill());
        } else if (message instanceof RelayMessage.PartyPlaced placed) {
            connections.placed(new PartyId(placed.role(), placed.id()), placed.node());
        } else if (message instanceof RelayMessage.OwnerChanged changed) {
            ownership.ownerChanged(changed.sessionId(), changed.node());
        } else if (message instanceof RelayMessage.CatalogueChanged) {
            // Reading it waits on Redis and parsing takes a moment: not on this thread.
            catalogueFollower.run();
        } else if (message instanceof RelayMessage.Adopt adopt) {
            owners.ofSession(adopt.sessionId()).execute(() -> ownership.adoptIfOrphaned(adopt.sessionId()));
        } else if (message instanceof RelayMessage.Supersede supersede) {
            PartyId party = new PartyId(supersede.role(), supersede.id());
            // Unregistered first: its close is then no departure (the party is connected elsewhere).
            local.connection(party).filter(connections::unregister).ifPresent(old -> old.close(CloseCode.SUPERSEDED));
        }
    }

    private void deliver(RelayMessage.ToParty toParty) {
        PartyId party = new PartyId(toParty.role(), toParty.id());
        Envelope envelope = codec.decode(toParty.envelope());
        if (local.send(party, envelope)) {
            return;
        }
        if (toParty.hops() > 0) {
            log.debug("{} is not connected here either; {} dropped", party, envelope.type());
            return;
        }
        // The sender had not heard yet that the party moved: send it on, once, off this thread
        // (asking Redis waits). Its party's lane keeps such messages in order.
        owners.ofParty(party).execute(() -> {
            try {
                connections.elsewhereNow(party).ifPresentOrElse(
                        node -> relay.send(node, new RelayMessage.ToParty(party.role(), party.id(), toParty.envelope(), 1)),
                        () -> log.debug("{} is connected nowhere; {} dropped", party, envelope.type()));
            } catch (RuntimeException e) {
                log.warn("could not send {} on to {}: {}", envelope.type(), party, e.getMessage());
            }
        });
    }
}
