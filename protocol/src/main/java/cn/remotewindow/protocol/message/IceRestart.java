package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** Asks the other party for a new offer with ICE restart (the network changed or media stalled). */
@WireType(value = "ice.restart", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record IceRestart() implements Message {
}
