package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The expert did not answer the ring in time; the request moved on and the expert is now AWAY. */
@WireType(value = "ring.timeout", sentBy = Role.SERVER, needsSession = true)
public record RingTimeout() implements Message {
}
