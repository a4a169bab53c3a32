package cn.remotewindow.protocol.message;

/** Why a session ended. Clients may send only the reasons marked as such. */
public enum EndReason {
    /** A party hung up. Sent by clients. */
    HANGUP(true),
    /** A party gave up because of a technical problem (no media, device failure). Sent by clients. */
    TECHNICAL_PROBLEM(true),
    /** The kiosk cancelled (service.cancel), whatever the phase. */
    CANCELLED(false),
    /** The party named in "by" lost its connection. */
    DISCONNECTED(false),
    /** Media never connected within the connect timeout. */
    CONNECT_TIMEOUT(false),
    /** The server is shutting down. */
    SERVER_SHUTDOWN(false),
    /** A reconnecting party asked for a session the server does not know (e.g. it restarted). */
    SESSION_LOST(false),
    /** The expert handed the session to another expert (session.transfer); sent to that expert only. */
    TRANSFERRED(false);

    private final boolean clientMaySend;

    EndReason(boolean clientMaySend) {
        this.clientMaySend = clientMaySend;
    }

    public boolean clientMaySend() {
        return clientMaySend;
    }
}
