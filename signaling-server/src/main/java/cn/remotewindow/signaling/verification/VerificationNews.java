package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.VerifyResult;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;
import java.util.List;

/** Tells the expert where a verification stands, and the kiosk only what the citizen may see. */
final class VerificationNews {

    private final Delivery delivery;

    VerificationNews(Delivery delivery) {
        this.delivery = delivery;
    }

    void toExpert(LiveVerification live, VerifyState state) {
        delivery.send(new PartyId(Role.EXPERT, live.expertId()), Envelope.inSession(live.sessionId(), state));
    }

    void toKiosk(LiveVerification live, CitizenResult result, List<String> advice) {
        delivery.send(new PartyId(Role.KIOSK, live.kioskId()),
                Envelope.inSession(live.sessionId(), new VerifyResult(live.id(), result, advice)));
    }
}
