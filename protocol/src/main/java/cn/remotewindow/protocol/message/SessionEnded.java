package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The session is over, for both parties. */
@WireType(value = "session.ended", sentBy = Role.SERVER, needsSession = true)
public record SessionEnded(Role by, EndReason reason) implements Message {
}
