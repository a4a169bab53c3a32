package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Asks the other party of a pair for a new offer with ICE restart (the network changed or media
 * stalled).
 *
 * @param to   the recipient's party id (clients; required from a guest expert), or null
 * @param from the sender's party id, set by the server on the relayed copy
 */
@WireType(value = "ice.restart", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record IceRestart(String to, String from) implements Message, Relayed {
    public IceRestart {
        Fields.optionalCode(to, "to");
    }

    public IceRestart() {
        this(null, null);
    }

    @Override
    public String sender() {
        return from;
    }

    @Override
    public IceRestart relayedFrom(String senderId) {
        return new IceRestart(null, senderId);
    }
}
