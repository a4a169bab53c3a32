package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The rung expert takes the request. */
@WireType(value = "ring.accept", sentBy = Role.EXPERT, needsSession = true)
public record RingAccept() implements Message {
}
