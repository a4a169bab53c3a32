package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Tells the lead expert how their invitation goes.
 *
 * @param expert the invited expert
 */
@WireType(value = "invite.state", sentBy = Role.SERVER, needsSession = true)
public record InviteStatus(InvitePhase state, Peer expert) implements Message {
}
