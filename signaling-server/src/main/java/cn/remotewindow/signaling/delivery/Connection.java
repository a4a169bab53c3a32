package cn.remotewindow.signaling.delivery;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.party.Party;

/** One authenticated signaling connection. Thread-safe: sends from any thread keep their order per thread. */
public interface Connection {

    Party party();

    void send(Envelope envelope);

    void close(CloseCode code);
}
