package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The kiosk withdraws its request: allowed until the call is connected (then use session.end). */
@WireType(value = "service.cancel", sentBy = Role.KIOSK, needsSession = true)
public record ServiceCancel() implements Message {
}
