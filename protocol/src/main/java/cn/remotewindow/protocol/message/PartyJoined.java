package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A guest expert joined the call. The receiver opens a new peer connection toward the guest and,
 * as its {@code sdpRole} says, makes the first offer of that pair, addressed {@code to} the guest.
 *
 * @param peer    the guest
 * @param sdpRole the receiver's role in its pair with the guest: always OFFERER
 */
@WireType(value = "party.joined", sentBy = Role.SERVER, needsSession = true)
public record PartyJoined(Peer peer, SdpRole sdpRole) implements Message {
}
