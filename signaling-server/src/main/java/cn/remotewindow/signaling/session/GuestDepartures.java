package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.InvitePhase;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.PartyLeft;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.routing.Dispatch;

/**
 * The guest expert leaves a call that goes on between the kiosk and the lead: by hanging up, or
 * by losing the connection, which in this version leaves at once (a guest has no resume grace
 * period). The kiosk and the lead hear {@code party.left} and close their peer connection to the
 * guest. Runs on the session's owner thread.
 */
public final class GuestDepartures {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Delivery delivery;
    private final CallNews news;
    private final Journal journal;
    private final Pairing pairing;

    public GuestDepartures(SessionStore store, Dispatch dispatch, Delivery delivery, Journal journal, Pairing pairing) {
        this.store = store;
        this.dispatch = dispatch;
        this.delivery = delivery;
        this.news = new CallNews(delivery);
        this.journal = journal;
        this.pairing = pairing;
    }

    /** The joined guest's session.end: only its part ends, and it is freed as after a call. */
    public void leave(Session session, EndReason reason) {
        String guestId = session.guest().expertId();
        delivery.send(new PartyId(Role.EXPERT, guestId),
                Envelope.inSession(session.id(), new SessionEnded(Role.EXPERT, reason)));
        left(session, reason);
        pairing.afterRelease(guestId, dispatch.release(guestId, session.id(), null));
    }

    /**
     * The guest's connection is gone and the expert already signed off: a rung guest's invitation
     * is withdrawn, a joined guest leaves.
     */
    public void lost(Session session) {
        Guest guest = session.guest();
        if (!guest.joined()) {
            Session without = session.withGuest(null);
            store.put(without);
            news.tell(without, Seat.LEAD, new InviteStatus(InvitePhase.CANCELLED, guest.peer()));
            return;
        }
        // Reaches a newer connection of the same expert, if that is what replaced the lost one.
        delivery.send(new PartyId(Role.EXPERT, guest.expertId()), Envelope.inSession(session.id(),
                new SessionEnded(Role.EXPERT, EndReason.DISCONNECTED)));
        left(session, EndReason.DISCONNECTED);
    }

    private void left(Session session, EndReason reason) {
        Guest guest = session.guest();
        Session without = session.withGuest(null)
                .withAttendance(session.attendance().forgetFrom(guest.expertId()));
        store.put(without);
        journal.record(session, SessionEvent.Kind.LEFT, guest.expertId(), reason.name());
        news.tellKioskAndLead(without, new PartyLeft(guest.peer(), reason));
        news.tell(without, Seat.LEAD, new InviteStatus(InvitePhase.LEFT, guest.peer()));
    }
}
