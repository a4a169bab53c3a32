package cn.remotewindow.client;

import cn.remotewindow.protocol.Envelope;

/** Receives what the server sends. Called on the connection's I/O thread: hand heavy work elsewhere. */
public interface SignalingListener {

    void onMessage(Envelope envelope);

    /** The server sent a frame that could not be decoded; never expected from a correct server. */
    default void onUndecodable(String frame, RuntimeException error) {
    }

    /**
     * The connection is gone.
     *
     * @param code the close code from the server's close frame, or 1006 when there was none
     */
    default void onClosed(int code, String reason) {
    }
}
