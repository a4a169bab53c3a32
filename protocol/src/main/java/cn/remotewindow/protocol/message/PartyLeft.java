package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The guest expert left the call, which goes on between the others. The receiver closes its peer
 * connection toward the guest.
 *
 * @param peer   the guest who left
 * @param reason HANGUP or TECHNICAL_PROBLEM (the guest's own session.end), or DISCONNECTED
 */
@WireType(value = "party.left", sentBy = Role.SERVER, needsSession = true)
public record PartyLeft(Peer peer, EndReason reason) implements Message {
}
