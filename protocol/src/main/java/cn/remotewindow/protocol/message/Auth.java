package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** First message on every connection: a single-use signaling ticket from {@code POST /api/signaling/ticket}. */
@WireType(value = "auth", sentBy = {Role.KIOSK, Role.EXPERT})
public record Auth(String token) implements Message {
    public Auth {
        Fields.nonBlank(token, "token", 4096);
    }
}
