package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;

/**
 * Tells the parties of a call about a change of the call itself (a guest rung, joined, gone).
 * Such news is not held for an away kiosk or lead: its session.resumed snapshot says who is in
 * the call when it comes back, and a stale announcement behind it would only mislead.
 */
final class CallNews {

    private final Delivery delivery;

    CallNews(Delivery delivery) {
        this.delivery = delivery;
    }

    void tell(Session session, Seat seat, Message news) {
        PartyId to = session.partyAt(seat);
        if (to == null || (seat != Seat.GUEST && session.attendance().away(seat == Seat.KIOSK ? Role.KIOSK : Role.EXPERT))) {
            return;
        }
        delivery.send(to, Envelope.inSession(session.id(), news));
    }

    void tellKioskAndLead(Session session, Message news) {
        tell(session, Seat.KIOSK, news);
        tell(session, Seat.LEAD, news);
    }
}
