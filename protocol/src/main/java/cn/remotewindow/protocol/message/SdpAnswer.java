package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A session description answer to the other party's offer, relayed to it.
 *
 * @param to   the recipient's party id (clients; required from a guest expert), or null
 * @param from the sender's party id, set by the server on the relayed copy
 */
@WireType(value = "sdp.answer", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record SdpAnswer(String sdp, String to, String from) implements Message, Relayed {
    public SdpAnswer {
        Sdp.check(sdp);
        Fields.optionalCode(to, "to");
    }

    public SdpAnswer(String sdp) {
        this(sdp, null, null);
    }

    @Override
    public String sender() {
        return from;
    }

    @Override
    public SdpAnswer relayedFrom(String senderId) {
        return new SdpAnswer(sdp, null, senderId);
    }
}
