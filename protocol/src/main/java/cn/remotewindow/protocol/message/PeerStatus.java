package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The other party's signaling connection went away or came back. While it is away the session
 * is held for the resume grace period; media may well go on flowing meanwhile.
 */
@WireType(value = "peer.state", sentBy = Role.SERVER, needsSession = true)
public record PeerStatus(Role role, boolean connected) implements Message {
}
