package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.Party;

/**
 * The way back to a party whose connection is on another node: what a handler sends on it goes
 * wherever the party is connected now. Closing is for the party's own node.
 */
public record RemoteConnection(Party party, Delivery delivery) implements Connection {

    @Override
    public void send(Envelope envelope) {
        delivery.send(party.partyId(), envelope);
    }

    @Override
    public void close(CloseCode code) {
        // The connection lives on another node; that node closes it.
    }
}
