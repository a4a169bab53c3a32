package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A trickled ICE candidate, as RTCIceCandidateInit. An empty {@code candidate} marks the end of
 * candidates. Relayed only after the sender's description has been relayed.
 */
@WireType(value = "ice.candidate", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record IceCandidate(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment)
        implements Message {
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
    }
}
