package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The kiosk withdraws its request; allowed in every phase, and in a call it ends the call (reason CANCELLED). */
@WireType(value = "service.cancel", sentBy = Role.KIOSK, needsSession = true)
public record ServiceCancel() implements Message {
}
