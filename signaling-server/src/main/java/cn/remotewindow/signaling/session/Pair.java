package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.SdpRole;

/**
 * Two parties of a call joined by their own peer connection (a full mesh: no media server). Each
 * pair has its own offerer, who makes the pair's first offer: the kiosk toward everyone, the lead
 * toward the guest.
 */
public enum Pair {
    KIOSK_LEAD(Seat.KIOSK, Seat.LEAD),
    KIOSK_GUEST(Seat.KIOSK, Seat.GUEST),
    LEAD_GUEST(Seat.LEAD, Seat.GUEST);

    private final Seat offerer;
    private final Seat answerer;

    Pair(Seat offerer, Seat answerer) {
        this.offerer = offerer;
        this.answerer = answerer;
    }

    public static Pair of(Seat one, Seat other) {
        for (Pair pair : values()) {
            if ((pair.offerer == one && pair.answerer == other) || (pair.offerer == other && pair.answerer == one)) {
                return pair;
            }
        }
        throw new IllegalArgumentException("no pair of " + one + " and " + other);
    }

    /** The side this seat takes in the pair's negotiation. */
    public SdpRole sideOf(Seat seat) {
        if (seat == offerer) {
            return SdpRole.OFFERER;
        }
        if (seat == answerer) {
            return SdpRole.ANSWERER;
        }
        throw new IllegalArgumentException(seat + " is not in " + this);
    }
}
