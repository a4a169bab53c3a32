package cn.remotewindow.signaling.inbound;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.party.Party;

/** A decoded message from an authenticated party, with the way back to the connection it came on. */
public record Inbound<M extends Message>(Party from, Connection via, String correlationId, String sessionId, M message) {

    /** Answers on the same connection, carrying the correlation id back. */
    public void reply(Message answer) {
        via.send(new Envelope(correlationId, sessionId, answer));
    }

    public void fail(ErrorCode code) {
        fail(code, code.defaultMessage());
    }

    public void fail(ErrorCode code, String text) {
        reply(new ErrorReply(code, text));
    }
}
