package cn.remotewindow.kiosk.media;

/**
 * Who makes the first offer and who gives way in glare, as {@code session.established.sdpRole}
 * assigns it (docs/protocol.md 8.1).
 */
public enum PeerRole {
    /** The kiosk: sends the first offer; impolite, ignores an offer that collides with its own. */
    OFFERER,
    /** The expert: answers the first offer; polite, rolls its own offer back in glare. */
    ANSWERER;

    boolean polite() {
        return this == ANSWERER;
    }
}
