package cn.remotewindow.signaling.delivery;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.party.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The connections of this node, one per party: a newer connection replaces an older one. */
public final class LocalConnections implements Delivery {

    private final ConcurrentMap<PartyId, Connection> byParty = new ConcurrentHashMap<>();

    /** @return the connection this one replaced, if the party was already connected */
    public Optional<Connection> register(Connection connection) {
        return Optional.ofNullable(byParty.put(connection.party().partyId(), connection));
    }

    /** @return true if this was the party's current connection (false once replaced) */
    public boolean unregister(Connection connection) {
        return byParty.remove(connection.party().partyId(), connection);
    }

    public Optional<Connection> find(PartyId party) {
        return Optional.ofNullable(byParty.get(party));
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
