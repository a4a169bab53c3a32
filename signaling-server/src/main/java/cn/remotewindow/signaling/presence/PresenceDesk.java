package cn.remotewindow.signaling.presence;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.session.Pairing;
import cn.remotewindow.signaling.session.QueueReporter;
import cn.remotewindow.signaling.session.WaitingPicture;

/** Experts coming, going and choosing to be available or away. */
public final class PresenceDesk {

    private final Dispatch dispatch;
    private final Pairing pairing;
    private final PresenceReporter presenceReporter;
    private final QueueReporter queueReporter;
    private final WaitingPicture waitingPicture;

    public PresenceDesk(Dispatch dispatch, Pairing pairing, PresenceReporter presenceReporter, QueueReporter queueReporter,
                        WaitingPicture waitingPicture) {
        this.dispatch = dispatch;
        this.pairing = pairing;
        this.presenceReporter = presenceReporter;
        this.queueReporter = queueReporter;
        this.waitingPicture = waitingPicture;
    }

    /** A new expert connection: known, AWAY until they choose to be available; shown who is waiting. */
    public void signedOn(Expert expert) {
        dispatch.signOn(expert.id(), expert.skills());
        presenceReporter.changed(expert.id());
        waitingPicture.welcome(expert);
        expert.skills().forEach(queueReporter::changed);
    }

    /** The expert had chosen this on a node that drained: they have it again here. */
    public void restore(Expert expert, ExpertState wanted) {
        dispatch.setWanted(expert.id(), wanted).ifPresent(claimed -> pairing.claimed(expert.id(), claimed));
        presenceReporter.changed(expert.id());
    }

    /**
     * AVAILABLE takes the best waiting request at once. While ringing or in a call, the choice
     * applies when that ends.
     */
    public void set(Inbound<PresenceSet> in) {
        String expertId = in.from().id();
        dispatch.setWanted(expertId, in.message().state()).ifPresent(claimed -> pairing.claimed(expertId, claimed));
        presenceReporter.answer(in);
    }
}
