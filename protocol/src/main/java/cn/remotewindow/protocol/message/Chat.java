package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A line of chat. Clients send only {@code text} (and {@code to} for one party of three); the
 * server fills {@code from}, {@code sentAt} (epoch ms) and {@code fromId} when it relays, whatever
 * the client put there. Chat alone names the sender's party id {@code fromId}, because its
 * {@code from} has carried the sender's role since the first revision.
 *
 * @param to     the recipient's party id, or null for every other party
 * @param fromId the sender's party id, set by the server on the relayed copy
 */
@WireType(value = "chat", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record Chat(String text, Role from, Long sentAt, String to, String fromId) implements Message, Relayed {
    public static final int MAX_LENGTH = 2000;

    public Chat {
        Fields.nonBlank(text, "text", MAX_LENGTH);
        Fields.optionalCode(to, "to");
    }

    public Chat(String text, Role from, Long sentAt) {
        this(text, from, sentAt, null, null);
    }

    @Override
    public String sender() {
        return fromId;
    }

    /** Keeps the role and time the server stamped; adds the sender's id. */
    @Override
    public Chat relayedFrom(String senderId) {
        return new Chat(text, from, sentAt, null, senderId);
    }
}
