package cn.remotewindow.signaling.delivery;

import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.party.PartyId;
import java.util.Optional;

/**
 * The parties' signaling connections: this node's own, and on several nodes where the others'
 * are. One connection per party: a newer one replaces an older one, on any node.
 */
public interface Connections extends Delivery {

    /** @return the connection of this node this one replaced, if the party was connected here already */
    Optional<Connection> register(Connection connection);

    /** @return true if this was the party's current connection (false once replaced) */
    boolean unregister(Connection connection);

    /** The party as its connection describes it, wherever it is connected. */
    Optional<Party> find(PartyId party);

    /** The node the party is connected to, if it is another node than this one. */
    Optional<String> elsewhere(PartyId party);
}
