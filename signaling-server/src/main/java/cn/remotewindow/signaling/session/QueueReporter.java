package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.QueueSnapshot;
import cn.remotewindow.signaling.routing.WaitEstimator;
import cn.remotewindow.signaling.routing.WaitingRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells every waiting kiosk of a skill its position and estimated wait whenever either changes.
 * Bursts of changes to one queue are coalesced into one report; each kiosk's update is sent by
 * the owner of its session, and only while the session is still QUEUED and the figures differ
 * from the last ones sent.
 */
public final class QueueReporter {

    private final Dispatch dispatch;
    private final SessionStore store;
    private final Owners owners;
    private final Delivery delivery;
    private final WaitEstimator estimator;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();

    public QueueReporter(Dispatch dispatch, SessionStore store, Owners owners, Delivery delivery, WaitEstimator estimator) {
        this.dispatch = dispatch;
        this.store = store;
        this.owners = owners;
        this.delivery = delivery;
        this.estimator = estimator;
    }

    /** The queue of the skill, or the number of its experts, changed. Callable from any thread. */
    public void changed(String skill) {
        if (dirty.add(skill)) {
            owners.ofQueue(skill).execute(() -> {
                dirty.remove(skill);
                report(dispatch.queue(skill));
            });
        }
    }

    private void report(QueueSnapshot snapshot) {
        List<WaitingRequest> waiting = snapshot.waiting();
        for (int i = 0; i < waiting.size(); i++) {
            int position = i + 1;
            String sessionId = waiting.get(i).sessionId();
            QueueUpdate update = new QueueUpdate(snapshot.skill(), position,
                    estimator.estimateSeconds(snapshot.skill(), position, snapshot.expertsOnline()),
                    snapshot.expertsOnline());
            owners.ofSession(sessionId).execute(() -> sendIfStillQueued(sessionId, update));
        }
    }

    private void sendIfStillQueued(String sessionId, QueueUpdate update) {
        store.get(sessionId).ifPresent(session -> {
            if (session.phase() == SessionPhase.QUEUED && !update.equals(session.lastQueueUpdate())) {
                store.put(session.reported(update));
                delivery.send(new PartyId(Role.KIOSK, session.request().kioskId()), Envelope.inSession(sessionId, update));
            }
        });
    }
}
