package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A session description offer, relayed to the other party of its pair. The pair's offerer (the
 * kiosk; the lead expert toward a guest) sends the first one; after that either side may offer
 * again to renegotiate, the answerer being the polite peer.
 *
 * @param to   the recipient's party id (clients; required from a guest expert), or null
 * @param from the sender's party id, set by the server on the relayed copy
 */
@WireType(value = "sdp.offer", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record SdpOffer(String sdp, Boolean iceRestart, String to, String from) implements Message, Relayed {
    public SdpOffer {
        Sdp.check(sdp);
        iceRestart = Boolean.TRUE.equals(iceRestart);
        Fields.optionalCode(to, "to");
    }

    public SdpOffer(String sdp, Boolean iceRestart) {
        this(sdp, iceRestart, null, null);
    }

    @Override
    public String sender() {
        return from;
    }

    @Override
    public SdpOffer relayedFrom(String senderId) {
        return new SdpOffer(sdp, iceRestart, null, senderId);
    }
}
