package cn.remotewindow.signaling.delivery;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.party.PartyId;

/** Gets a message to a party wherever it is connected. */
public interface Delivery {

    /** @return false when the party has no connection (the message is dropped) */
    boolean send(PartyId to, Envelope envelope);

    /** Whether the party has a connection right now. */
    boolean isConnected(PartyId party);
}
