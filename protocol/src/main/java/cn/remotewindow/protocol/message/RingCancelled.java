package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The ring was withdrawn before the expert answered (the kiosk cancelled or went away). */
@WireType(value = "ring.cancelled", sentBy = Role.SERVER, needsSession = true)
public record RingCancelled(EndReason reason) implements Message {
}
