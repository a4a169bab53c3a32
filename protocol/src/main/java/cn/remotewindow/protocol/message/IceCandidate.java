package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A trickled ICE candidate, as RTCIceCandidateInit. An empty {@code candidate} marks the end of
 * candidates. Relayed only after the sender's description in the same pair has been relayed.
 *
 * @param to   the recipient's party id (clients; required from a guest expert), or null
 * @param from the sender's party id, set by the server on the relayed copy
 */
@WireType(value = "ice.candidate", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record IceCandidate(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment,
                           String to, String from) implements Message, Relayed {
    public IceCandidate {
        Fields.text(candidate, "candidate", 1024);
        Fields.maxLength(sdpMid, "sdpMid", 64);
        Fields.maxLength(usernameFragment, "usernameFragment", 256);
        if (sdpMid == null && sdpMLineIndex == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'sdpMid' or 'sdpMLineIndex' is required");
        }
        if (sdpMLineIndex != null) {
            Fields.range(sdpMLineIndex, "sdpMLineIndex", 0, 63);
        }
        Fields.optionalCode(to, "to");
    }

    public IceCandidate(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment) {
        this(candidate, sdpMid, sdpMLineIndex, usernameFragment, null, null);
    }

    @Override
    public String sender() {
        return from;
    }

    @Override
    public IceCandidate relayedFrom(String senderId) {
        return new IceCandidate(candidate, sdpMid, sdpMLineIndex, usernameFragment, null, senderId);
    }
}
