package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A line of chat. Clients send only {@code text}; the server fills {@code from} and
 * {@code sentAt} (epoch ms) when it relays, whatever the client put there.
 */
@WireType(value = "chat", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record Chat(String text, Role from, Long sentAt) implements Message {
    public static final int MAX_LENGTH = 2000;

    public Chat {
        Fields.nonBlank(text, "text", MAX_LENGTH);
    }
}
