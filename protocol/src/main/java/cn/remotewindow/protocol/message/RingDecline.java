package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The rung expert passes the request on; it goes to the next expert and is not offered to them again. */
@WireType(value = "ring.decline", sentBy = Role.EXPERT, needsSession = true)
public record RingDecline(String reason) implements Message {
    public RingDecline {
        Fields.maxLength(reason, "reason", 200);
    }
}
