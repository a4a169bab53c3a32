package cn.remotewindow.signaling.session;

/**
 * A session taken over from a node that died (or handed over by one that drains): the timers that
 * node was running for it run on here, for what is left of them: the ring, the connect timeout,
 * a guest's ring, the resume grace of a party away.
 */
public final class CarriedOver {

    private final Pairing pairing;
    private final CallSetup callSetup;
    private final Invitations invitations;
    private final Departures departures;

    public CarriedOver(Pairing pairing, CallSetup callSetup, Invitations invitations, Departures departures) {
        this.pairing = pairing;
        this.callSetup = callSetup;
        this.invitations = invitations;
        this.departures = departures;
    }

    /** Owner thread, right after the session came here. */
    public void timers(Session session) {
        pairing.carryOn(session);
        callSetup.carryOn(session);
        invitations.carryOn(session);
        departures.carryOn(session);
    }
}
