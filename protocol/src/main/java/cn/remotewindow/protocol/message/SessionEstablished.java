package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * The expert accepted: both parties get this and start WebRTC negotiation. The kiosk is the offerer.
 *
 * @param request the expert's copy only: the request as in the ring, so that a console need not keep the ring
 */
@WireType(value = "session.established", sentBy = Role.SERVER, needsSession = true)
public record SessionEstablished(SdpRole sdpRole, Peer peer, List<IceServer> iceServers, RequestDetails request)
        implements Message {
    public SessionEstablished {
        iceServers = List.copyOf(iceServers);
    }

    /** The kiosk's copy. */
    public SessionEstablished(SdpRole sdpRole, Peer peer, List<IceServer> iceServers) {
        this(sdpRole, peer, iceServers, null);
    }
}
