package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.NodeRegistry;
import cn.remotewindow.signaling.cluster.PartyCard;
import cn.remotewindow.signaling.cluster.PartyPlace;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.delivery.Connections;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.party.PartyId;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parties' connections across nodes: this node's own ({@link LocalConnections}, wrapped), and
 * a directory in Redis of where every party is connected. A message for a party connected to
 * another node goes there over the relay; a party that connects here while still connected to
 * another node has that node let go of the old connection ({@link RelayMessage.Supersede}).
 *
 * <p>While Redis is unreachable a party connected here is still served here; the directory is
 * brought up to date when the node registers again ({@link #announceAll}).
 */
public final class RedisConnections implements Connections {

    private static final Logger log = LoggerFactory.getLogger(RedisConnections.class);
    private static final LuaScript HERE = LuaScript.load("/redis/cluster/party-here.lua");
    private static final LuaScript GONE = LuaScript.load("/redis/cluster/party-gone.lua");

    private final LocalConnections local;
    private final RedisLink redis;
    private final ClusterKeys keys;
    private final ClusterNode self;
    private final ClusterJson json;
    private final EnvelopeCodec codec;
    private final NodeRegistry nodes;
    private final Relay relay;
    private final Clock clock;
    /**
     * Where parties connected to other nodes are, as this node last heard: every node tells all the
     * others when a party connects to it or leaves (PartyPlaced), so a message to a remote party
     * costs no Redis round trip. A stale entry costs a hop: the node the party left sends it on.
     */
    private final Map<PartyId, String> known = new ConcurrentHashMap<>();

    public RedisConnections(LocalConnections local, RedisLink redis, ClusterKeys keys, ClusterNode self,
                            ClusterJson json, EnvelopeCodec codec, NodeRegistry nodes, Relay relay, Clock clock) {
        this.local = local;
        this.redis = redis;
        this.keys = keys;
        this.self = self;
        this.json = json;
        this.codec = codec;
        this.nodes = nodes;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public Optional<Connection> register(Connection connection) {
        Optional<Connection> replaced = local.register(connection);
        try {
            PartyPlace before = announce(connection.party());
            if (before != null && !before.node().equals(self.id()) && nodes.isAlive(before.node())) {
                relay.send(before.node(), new RelayMessage.Supersede(connection.party().role(), connection.party().id()));
            }
            known.remove(connection.party().partyId());
            relay.broadcast(new RelayMessage.PartyPlaced(connection.party().role(), connection.party().id(), self.id()));
        } catch (RedisException e) {
            log.warn("{} connected, but the directory could not be told (redis: {})", connection.party().partyId(),
                    e.getMessage());
        }
        return replaced;
    }

    @Override
    public boolean unregister(Connection connection) {
        if (!local.unregister(connection)) {
            return false;
        }
        PartyId party = connection.party().partyId();
        try {
            Long removed = GONE.run(redis.sync(), ScriptOutputType.INTEGER,
                    new String[]{keys.party(party), keys.nodeParties(self.id())}, self.id(), member(party));
            if (removed == 1) {
                relay.broadcast(new RelayMessage.PartyPlaced(party.role(), party.id(), null));
            }
        } catch (RedisException e) {
            log.warn("{} left, but the directory could not be told (redis: {})", party, e.getMessage());
        }
        return true;
    }

    /** The parties connected to this node. */
    public java.util.List<Party> localParties() {
        return local.parties();
    }

    /** Writes every party connected here into the directory again (after Redis lost it, or was unreachable). */
    public void announceAll() {
        for (Party party : local.parties()) {
            try {
                announce(party);
            } catch (RedisException e) {
                log.warn("could not announce {} again: {}", party.partyId(), e.getMessage());
                return;
            }
        }
    }

    @Override
    public boolean send(PartyId to, Envelope envelope) {
        if (local.send(to, envelope)) {
            return true;
        }
        Optional<String> node = elsewhere(to);
        node.ifPresent(n -> relay.send(n, new RelayMessage.ToParty(to.role(), to.id(), codec.encode(envelope), 0)));
        return node.isPresent();
    }

    @Override
    public boolean isConnected(PartyId party) {
        return local.isConnected(party) || elsewhere(party).isPresent();
    }

    @Override
    public Optional<Party> find(PartyId party) {
        Optional<Party> here = local.find(party);
        if (here.isPresent()) {
            return here;
        }
        return place(party).filter(p -> nodes.isAlive(p.node())).map(p -> p.card().party());
    }

    @Override
    public Optional<String> elsewhere(PartyId party) {
        if (local.isConnected(party)) {
            return Optional.empty();
        }
        String node = known.get(party);
        if (node != null && nodes.isAlive(node)) {
            return Optional.of(node);
        }
        return elsewhereNow(party);
    }

    /** As {@link #elsewhere}, asking Redis rather than what this node last heard. */
    public Optional<String> elsewhereNow(PartyId party) {
        if (local.isConnected(party)) {
            return Optional.empty();
        }
        Optional<String> node = place(party).map(PartyPlace::node)
                .filter(n -> !n.equals(self.id()) && nodes.isAlive(n));
        node.ifPresentOrElse(n -> known.put(party, n), () -> known.remove(party));
        return node;
    }

    /** Another node told where a party is now (null: connected nowhere). */
    public void placed(PartyId party, String node) {
        if (node == null || node.equals(self.id())) {
            known.remove(party);
        } else {
            known.put(party, node);
        }
    }

    /** A node died: what was heard of parties there no longer holds. */
    public void nodeLost(String node) {
        known.values().removeIf(node::equals);
    }

    /** After Redis was out of reach: what was heard meanwhile may be missing; ask Redis again. */
    public void forgetWhatWasHeard() {
        known.clear();
    }

    /** Where the directory says the party is connected, alive or not. */
    public Optional<PartyPlace> place(PartyId party) {
        String text = redis.sync().get(keys.party(party));
        return text == null ? Optional.empty() : Optional.of(json.read(text, PartyPlace.class));
    }

    private PartyPlace announce(Party party) {
        PartyPlace place = new PartyPlace(self.id(), PartyCard.of(party), clock.millis());
        String before = HERE.run(redis.sync(), ScriptOutputType.VALUE,
                new String[]{keys.party(party.partyId()), keys.nodeParties(self.id())},
                json.write(place), member(party.partyId()), keys.nodeParties(""));
        return before == null ? null : json.read(before, PartyPlace.class);
    }

    static String member(PartyId party) {
        return party.role() + ":" + party.id();
    }
}
