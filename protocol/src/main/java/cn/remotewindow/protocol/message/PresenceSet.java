package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** An expert makes themself available for rings, or steps away. */
@WireType(value = "presence.set", sentBy = Role.EXPERT)
public record PresenceSet(ExpertState state) implements Message {
    public PresenceSet {
        Fields.required(state, "state");
        if (state != ExpertState.AVAILABLE && state != ExpertState.AWAY) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'state' must be AVAILABLE or AWAY");
        }
    }
}
