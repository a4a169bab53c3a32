package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.QueueSnapshot;
import cn.remotewindow.signaling.routing.WaitEstimator;
import cn.remotewindow.signaling.routing.WaitingRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Tells every waiting kiosk of a skill its position and estimated wait whenever either changes,
 * and the skill's experts the waiting picture ({@link WaitingPicture}). Changes to one queue are
 * coalesced into at most one report per interval (default 1 s): a long queue would otherwise cost
 * queue-length messages for every request served, the load growing with the square of the queue
 * just when the service is overloaded. Each kiosk's update is sent by the owner of its session,
 * and only while the session is still QUEUED and the figures differ from the last ones sent.
 */
public final class QueueReporter {

    private final Dispatch dispatch;
    private final SessionStore store;
    private final Owners owners;
    private final Delivery delivery;
    private final WaitEstimator estimator;
    private final WaitingPicture picture;
    private final Duration interval;
    private final Relay relay;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    /** Skills changed on this node since the other nodes were last told. */
    private final Set<String> untold = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastReportNanos = new ConcurrentHashMap<>();

    public QueueReporter(Dispatch dispatch, SessionStore store, Owners owners, Delivery delivery, WaitEstimator estimator,
                         WaitingPicture picture, Relay relay, Duration interval) {
        this.dispatch = dispatch;
        this.store = store;
        this.owners = owners;
        this.delivery = delivery;
        this.estimator = estimator;
        this.picture = picture;
        this.relay = relay;
        this.interval = interval;
    }

    /**
     * The queue of the skill, or the number or state of its experts, changed. Callable from any
     * thread. The other nodes hear of it too, at most once per report.
     */
    public void changed(String skill) {
        untold.add(skill);
        changedElsewhere(skill);
    }

    /** Another node changed the skill's queue: report it to this node's kiosks and experts. */
    public void changedElsewhere(String skill) {
        if (!dirty.add(skill)) {
            return;
        }
        Long last = lastReportNanos.get(skill);
        long delay = last == null ? 0 : Math.max(0, last + interval.toNanos() - System.nanoTime());
        owners.ofQueue(skill).schedule(() -> {
            dirty.remove(skill);
            if (untold.remove(skill)) {
                relay.broadcast(new RelayMessage.QueueChanged(skill));
            }
            QueueSnapshot snapshot = dispatch.queue(skill);
            if (snapshot.waiting().isEmpty() && snapshot.expertsOnline() == 0) {
                // Nobody waits and nobody serves: nothing to tell, and nothing to remember the skill by.
                lastReportNanos.remove(skill);
                picture.report(snapshot);
                return;
            }
            lastReportNanos.put(skill, System.nanoTime());
            // Experts also hear of the queue becoming empty; kiosks only while they wait in it.
            picture.report(snapshot);
            tellKiosks(snapshot);
        }, delay, TimeUnit.NANOSECONDS);
    }

    private void tellKiosks(QueueSnapshot snapshot) {
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
