package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.inbound.Signaling;
import java.util.ArrayList;
import java.util.List;

/** Records what the transport hands over, for handler tests without the signaling core. */
final class RecordingSignaling implements Signaling {

    final List<Connection> connected = new ArrayList<>();
    final List<Envelope> received = new ArrayList<>();
    final List<Connection> disconnected = new ArrayList<>();

    @Override
    public void connected(Connection connection, String resume) {
        connected.add(connection);
    }

    @Override
    public void received(Connection connection, Envelope envelope) {
        received.add(envelope);
    }

    @Override
    public void disconnected(Connection connection) {
        disconnected.add(connection);
    }
}
