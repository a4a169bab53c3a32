package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * The expert accepted: both parties get this and start WebRTC negotiation. The kiosk is the offerer.
 * A guest expert invited into the call gets it too, as the answerer toward every party.
 *
 * @param request the expert's copy only: the request as in the ring, so that a console need not keep the ring
 * @param others  the guest's copy only: the parties besides {@code peer} (the lead expert), each of
 *                whom makes a first offer to the guest; null otherwise
 */
@WireType(value = "session.established", sentBy = Role.SERVER, needsSession = true)
public record SessionEstablished(SdpRole sdpRole, Peer peer, List<IceServer> iceServers, RequestDetails request,
                                 List<Peer> others) implements Message {
    public SessionEstablished {
        iceServers = List.copyOf(iceServers);
        others = others == null ? null : List.copyOf(others);
    }

    /** The kiosk's copy. */
    public SessionEstablished(SdpRole sdpRole, Peer peer, List<IceServer> iceServers) {
        this(sdpRole, peer, iceServers, null, null);
    }

    /** The lead expert's copy. */
    public SessionEstablished(SdpRole sdpRole, Peer peer, List<IceServer> iceServers, RequestDetails request) {
        this(sdpRole, peer, iceServers, request, null);
    }
}
