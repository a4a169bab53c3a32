package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * After a reconnect, the party's open session as it stands now. In a call (CONNECTING or ACTIVE)
 * it carries the negotiation role, the peer and fresh ICE servers; messages relayed to the party
 * while it was away follow right after it, in order. A party whose media did not survive restarts
 * ICE (docs/protocol.md §8.2).
 *
 * @param peerConnected whether the other party's signaling connection is up right now
 * @param request       the expert's copy in a call only: the request, so that a console can rebuild its case panel
 * @param others        in a call with a guest expert: the guest (the parties besides {@code peer}); null otherwise
 */
@WireType(value = "session.resumed", sentBy = Role.SERVER, needsSession = true)
public record SessionResumed(SessionPhase phase, SdpRole sdpRole, Peer peer, List<IceServer> iceServers,
                             boolean peerConnected, RequestDetails request, List<Peer> others) implements Message {
    public SessionResumed {
        iceServers = iceServers == null ? List.of() : List.copyOf(iceServers);
        others = others == null ? null : List.copyOf(others);
    }

    /** Without request details or others: the kiosk's copy, and any copy outside a call. */
    public SessionResumed(SessionPhase phase, SdpRole sdpRole, Peer peer, List<IceServer> iceServers,
                          boolean peerConnected) {
        this(phase, sdpRole, peer, iceServers, peerConnected, null, null);
    }

    public SessionResumed(SessionPhase phase, SdpRole sdpRole, Peer peer, List<IceServer> iceServers,
                          boolean peerConnected, RequestDetails request) {
        this(phase, sdpRole, peer, iceServers, peerConnected, request, null);
    }
}
