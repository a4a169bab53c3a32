package cn.remotewindow.signaling.inbound;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.delivery.Connection;

/** What the transport hands over to the signaling core: connections arriving and leaving, and their messages. */
public interface Signaling {

    /**
     * The connection has authenticated.
     *
     * @param resume the session the client asked to resume (auth.resume), or null
     */
    void connected(Connection connection, String resume);

    void received(Connection connection, Envelope envelope);

    void disconnected(Connection connection);
}
