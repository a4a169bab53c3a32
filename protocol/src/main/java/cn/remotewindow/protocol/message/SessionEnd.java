package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** A party ends a connecting or active call. */
@WireType(value = "session.end", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record SessionEnd(EndReason reason) implements Message {
    public SessionEnd {
        reason = reason == null ? EndReason.HANGUP : reason;
        if (!reason.clientMaySend()) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'reason' must be HANGUP or TECHNICAL_PROBLEM");
        }
    }
}
