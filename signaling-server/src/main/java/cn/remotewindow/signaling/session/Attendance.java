package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Relayed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parties of a session are away (connection lost, inside the resume grace period), and the
 * relayed messages held for them until they come back. Only the kiosk and the lead expert can be
 * away; a guest expert who loses the connection leaves the call at once.
 *
 * @param kioskAwaySince  null while the kiosk is connected
 * @param expertAwaySince null while the expert is connected
 */
public record Attendance(Instant kioskAwaySince, Instant expertAwaySince,
                         List<Envelope> heldForKiosk, List<Envelope> heldForExpert) {

    /** Enough for a renegotiation's description and candidates plus some chat. */
    public static final int MAX_HELD = 100;

    public static final Attendance PRESENT = new Attendance(null, null, List.of(), List.of());

    public Attendance {
        heldForKiosk = List.copyOf(heldForKiosk);
        heldForExpert = List.copyOf(heldForExpert);
    }

    public Instant awaySince(Role role) {
        return role == Role.KIOSK ? kioskAwaySince : expertAwaySince;
    }

    public boolean away(Role role) {
        return awaySince(role) != null;
    }

    public List<Envelope> heldFor(Role role) {
        return role == Role.KIOSK ? heldForKiosk : heldForExpert;
    }

    public Attendance left(Role role, Instant at) {
        return role == Role.KIOSK
                ? new Attendance(at, expertAwaySince, heldForKiosk, heldForExpert)
                : new Attendance(kioskAwaySince, at, heldForKiosk, heldForExpert);
    }

    /** Back: no longer away, and nothing held any more (the caller delivers what was held). */
    public Attendance returned(Role role) {
        return role == Role.KIOSK
                ? new Attendance(null, expertAwaySince, List.of(), heldForExpert)
                : new Attendance(kioskAwaySince, null, heldForKiosk, List.of());
    }

    /**
     * Drops what a party that left the call (a guest) had sent to the away parties: nobody is
     * there to answer it any more.
     */
    public Attendance forgetFrom(String partyId) {
        return new Attendance(kioskAwaySince, expertAwaySince, without(heldForKiosk, partyId),
                without(heldForExpert, partyId));
    }

    private static List<Envelope> without(List<Envelope> held, String partyId) {
        return held.stream()
                .filter(e -> !(e.body() instanceof Relayed relayed && partyId.equals(relayed.sender())))
                .toList();
    }

    /** Holds a message for an away party; beyond the limit the newest are dropped, so order is kept. */
    public Attendance hold(Role role, Envelope envelope) {
        if (heldFor(role).size() >= MAX_HELD) {
            return this;
        }
        List<Envelope> more = new ArrayList<>(heldFor(role));
        more.add(envelope);
        return role == Role.KIOSK
                ? new Attendance(kioskAwaySince, expertAwaySince, more, heldForExpert)
                : new Attendance(kioskAwaySince, expertAwaySince, heldForKiosk, more);
    }
}
