package cn.remotewindow.signaling.delivery;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.party.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The connections of this node, one per party: a newer connection replaces an older one. */
public final class LocalConnections implements Connections {

    private final ConcurrentMap<PartyId, Connection> byParty = new ConcurrentHashMap<>();

    @Override
    public Optional<Connection> register(Connection connection) {
        return Optional.ofNullable(byParty.put(connection.party().partyId(), connection));
    }

    @Override
    public boolean unregister(Connection connection) {
        return byParty.remove(connection.party().partyId(), connection);
    }

    /** This node's connection of the party. */
    public Optional<Connection> connection(PartyId party) {
        return Optional.ofNullable(byParty.get(party));
    }

    @Override
    public Optional<Party> find(PartyId party) {
        return connection(party).map(Connection::party);
    }

    @Override
    public Optional<String> elsewhere(PartyId party) {
        return Optional.empty();
    }

    @Override
    public boolean send(PartyId to, Envelope envelope) {
        Connection connection = byParty.get(to);
        if (connection == null) {
            return false;
        }
        connection.send(envelope);
        return true;
    }

    @Override
    public boolean isConnected(PartyId party) {
        return byParty.containsKey(party);
    }

    /** The parties connected here now. */
    public List<Party> parties() {
        return byParty.values().stream().map(Connection::party).toList();
    }

    public int size() {
        return byParty.size();
    }

    /** Closes every connection, e.g. when the node shuts down. */
    public void closeAll(CloseCode code) {
        for (Connection connection : List.copyOf(byParty.values())) {
            connection.close(code);
        }
    }
}
