package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The message with the envelope's correlation id was refused and nothing was applied. */
@WireType(value = "error", sentBy = Role.SERVER)
public record ErrorReply(ErrorCode code, String message) implements Message {
    public static ErrorReply of(ErrorCode code) {
        return new ErrorReply(code, code.defaultMessage());
    }
}
