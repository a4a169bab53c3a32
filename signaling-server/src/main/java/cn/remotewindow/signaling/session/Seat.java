package cn.remotewindow.signaling.session;

/**
 * Where a party sits in a call: the kiosk, the lead expert (who accepted the ring), or the guest
 * expert the lead invited. Roles alone cannot tell the two experts apart.
 */
public enum Seat {
    KIOSK,
    LEAD,
    GUEST
}
