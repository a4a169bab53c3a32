package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.IceCandidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Relay bookkeeping that keeps a candidate behind the description it belongs to: candidates a
 * party sends before its first description has been relayed are held here, then flushed.
 */
public record Negotiation(boolean kioskDescribed, boolean expertDescribed,
                          List<IceCandidate> heldFromKiosk, List<IceCandidate> heldFromExpert) {

    /** Enough for every candidate of a multi-homed host with audio, video, screen and data. */
    public static final int MAX_HELD = 64;

    public static final Negotiation NONE = new Negotiation(false, false, List.of(), List.of());

    public Negotiation {
        heldFromKiosk = List.copyOf(heldFromKiosk);
        heldFromExpert = List.copyOf(heldFromExpert);
    }

    public boolean described(Role sender) {
        return sender == Role.KIOSK ? kioskDescribed : expertDescribed;
    }

    public List<IceCandidate> held(Role sender) {
        return sender == Role.KIOSK ? heldFromKiosk : heldFromExpert;
    }

    public Negotiation describedBy(Role sender) {
        return sender == Role.KIOSK
                ? new Negotiation(true, expertDescribed, List.of(), heldFromExpert)
                : new Negotiation(kioskDescribed, true, heldFromKiosk, List.of());
    }

    public Negotiation hold(Role sender, IceCandidate candidate) {
        List<IceCandidate> more = new ArrayList<>(held(sender));
        more.add(candidate);
        return sender == Role.KIOSK
                ? new Negotiation(kioskDescribed, expertDescribed, more, heldFromExpert)
                : new Negotiation(kioskDescribed, expertDescribed, heldFromKiosk, more);
    }
}
