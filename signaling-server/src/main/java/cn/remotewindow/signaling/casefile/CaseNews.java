package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ClosingState;
import cn.remotewindow.protocol.message.DocumentState;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;

/** Tells the lead and the kiosk how the case file stands; the kiosk never gets the picture's path. */
public final class CaseNews {

    private final Delivery delivery;

    public CaseNews(Delivery delivery) {
        this.delivery = delivery;
    }

    public void toExpert(String expertId, String sessionId, Message message) {
        delivery.send(new PartyId(Role.EXPERT, expertId), Envelope.inSession(sessionId, message));
    }

    public void toKiosk(String kioskId, String sessionId, Message message) {
        delivery.send(new PartyId(Role.KIOSK, kioskId), Envelope.inSession(sessionId, message));
    }

    /** The state to the lead in full; to the kiosk without the image path. */
    public void document(LiveDocument document, boolean kioskToo) {
        toExpert(document.expertId(), document.sessionId(), state(document, true));
        if (kioskToo) {
            toKiosk(document.kioskId(), document.sessionId(), state(document, false));
        }
    }

    public void closing(LiveClosing closing, boolean kioskToo) {
        ClosingState state = state(closing);
        toExpert(closing.expertId(), closing.sessionId(), state);
        if (kioskToo) {
            toKiosk(closing.kioskId(), closing.sessionId(), state);
        }
    }

    public static DocumentState state(LiveDocument d, boolean forLead) {
        Picture p = d.latest();
        return new DocumentState(d.id(), d.materialCode(), d.phase(), d.attempt(), p == null ? null : p.sha256(),
                p == null ? null : p.bytes(), p == null ? null : p.width(), p == null ? null : p.height(),
                forLead ? d.imagePath() : null, d.reason(), d.detail(), d.problem());
    }

    public static ClosingState state(LiveClosing c) {
        boolean signed = c.phase() == cn.remotewindow.protocol.message.ClosingPhase.SIGNED;
        return new ClosingState(c.id(), c.phase(), signed ? c.signatureSha256() : null,
                signed ? CasePaths.receipt(c.sessionId()) : null);
    }
}
