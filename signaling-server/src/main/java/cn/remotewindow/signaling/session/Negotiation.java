package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.SdpRole;
import java.util.ArrayList;
import java.util.List;

/**
 * One pair's relay bookkeeping, which keeps a candidate behind the description it belongs to:
 * candidates a side sends before its first description in the pair has been relayed are held
 * here, then flushed. Sides are the pair's offerer and answerer (see {@link Pair}).
 */
public record Negotiation(boolean offererDescribed, boolean answererDescribed,
                          List<IceCandidate> heldFromOfferer, List<IceCandidate> heldFromAnswerer) {

    /** Enough for every candidate of a multi-homed host with audio, video, screen and data. */
    public static final int MAX_HELD = 64;

    public static final Negotiation NONE = new Negotiation(false, false, List.of(), List.of());

    public Negotiation {
        heldFromOfferer = List.copyOf(heldFromOfferer);
        heldFromAnswerer = List.copyOf(heldFromAnswerer);
    }

    public boolean described(SdpRole side) {
        return side == SdpRole.OFFERER ? offererDescribed : answererDescribed;
    }

    public List<IceCandidate> held(SdpRole side) {
        return side == SdpRole.OFFERER ? heldFromOfferer : heldFromAnswerer;
    }

    public Negotiation describedBy(SdpRole side) {
        return side == SdpRole.OFFERER
                ? new Negotiation(true, answererDescribed, List.of(), heldFromAnswerer)
                : new Negotiation(offererDescribed, true, heldFromOfferer, List.of());
    }

    public Negotiation hold(SdpRole side, IceCandidate candidate) {
        List<IceCandidate> more = new ArrayList<>(held(side));
        more.add(candidate);
        return side == SdpRole.OFFERER
                ? new Negotiation(offererDescribed, answererDescribed, more, heldFromAnswerer)
                : new Negotiation(offererDescribed, answererDescribed, heldFromOfferer, more);
    }
}
