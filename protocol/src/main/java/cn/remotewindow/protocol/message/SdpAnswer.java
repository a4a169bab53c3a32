package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** A session description answer to the other party's offer, relayed to it. */
@WireType(value = "sdp.answer", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record SdpAnswer(String sdp) implements Message {
    public SdpAnswer {
        Sdp.check(sdp);
    }
}
