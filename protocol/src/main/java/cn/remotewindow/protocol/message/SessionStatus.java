package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** Tells the kiosk where its request stands (REQUESTED, QUEUED, RINGING). */
@WireType(value = "session.state", sentBy = Role.SERVER, needsSession = true)
public record SessionStatus(SessionPhase phase) implements Message {
    public SessionStatus {
        Fields.required(phase, "phase");
    }
}
