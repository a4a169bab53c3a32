package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/** The expert accepted: both parties get this and start WebRTC negotiation. The kiosk is the offerer. */
@WireType(value = "session.established", sentBy = Role.SERVER, needsSession = true)
public record SessionEstablished(SdpRole sdpRole, Peer peer, List<IceServer> iceServers) implements Message {
    public SessionEstablished {
        iceServers = List.copyOf(iceServers);
    }
}
