package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;

/**
 * A party's connection is gone. A kiosk's open session ends; an expert's ring moves on to the
 * next expert and an expert's call ends. (Resuming within a grace period comes with issue 3.)
 */
public final class Departures {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Owners owners;
    private final Pairing pairing;
    private final SessionCloser closer;
    private final PresenceReporter presenceReporter;
    private final QueueReporter queueReporter;

    public Departures(SessionStore store, Dispatch dispatch, Owners owners, Pairing pairing, SessionCloser closer,
                      PresenceReporter presenceReporter, QueueReporter queueReporter) {
        this.store = store;
        this.dispatch = dispatch;
        this.owners = owners;
        this.pairing = pairing;
        this.closer = closer;
        this.presenceReporter = presenceReporter;
        this.queueReporter = queueReporter;
    }

    public void left(Party party) {
        if (party instanceof Kiosk kiosk) {
            kioskLeft(kiosk);
        } else if (party instanceof Expert expert) {
            expertLeft(expert);
        }
    }

    private void kioskLeft(Kiosk kiosk) {
        store.openSessionOfKiosk(kiosk.id()).ifPresent(sessionId -> owners.ofSession(sessionId).execute(() ->
                store.get(sessionId).ifPresent(session -> closer.end(session, Role.KIOSK, EndReason.DISCONNECTED))));
    }

    private void expertLeft(Expert expert) {
        ExpertStatus before = dispatch.signOff(expert.id()).orElse(null);
        presenceReporter.forget(expert.id());
        expert.skills().forEach(queueReporter::changed);
        if (before == null || before.sessionId() == null) {
            return;
        }
        String sessionId = before.sessionId();
        owners.ofSession(sessionId).execute(() -> store.get(sessionId).ifPresent(session -> {
            if (!expert.id().equals(session.expertId())) {
                return;
            }
            if (session.inCall()) {
                closer.end(session, Role.EXPERT, EndReason.DISCONNECTED);
            } else {
                pairing.onRingTargetLost(session);
            }
        }));
    }
}
