package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A session description offer, relayed to the other party. The kiosk (OFFERER) sends the first
 * one; after that either party may offer again to renegotiate, the expert being the polite peer.
 */
@WireType(value = "sdp.offer", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record SdpOffer(String sdp, Boolean iceRestart) implements Message {
    public SdpOffer {
        Sdp.check(sdp);
        iceRestart = Boolean.TRUE.equals(iceRestart);
    }
}
