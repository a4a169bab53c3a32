package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The sender's peer connection reached "connected": the session becomes ACTIVE. */
@WireType(value = "peer.connected", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record PeerConnected() implements Message {
}
