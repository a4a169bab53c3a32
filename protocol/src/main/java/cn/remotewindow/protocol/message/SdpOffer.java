package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** A session description offer, relayed to the other party. Only the offerer may send it. */
@WireType(value = "sdp.offer", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record SdpOffer(String sdp, Boolean iceRestart) implements Message {
    public SdpOffer {
        Sdp.check(sdp);
        iceRestart = Boolean.TRUE.equals(iceRestart);
    }
}
