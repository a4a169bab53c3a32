package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.QueueSummary;
import cn.remotewindow.protocol.message.QueuedRequest;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.QueueSnapshot;
import cn.remotewindow.signaling.routing.WaitingRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows experts who is waiting for each of their skills (queue.summary): once per skill when they
 * sign on, then whenever the picture changes. Everything about one skill runs on that skill's
 * queue owner thread, so the summaries of a skill reach each expert in the order they were made,
 * and an expert is sent a summary only when it differs from the last one they got. An expert
 * whose connection is lost is not sent anything meanwhile (nothing is held); the next connection
 * is welcomed afresh.
 */
public final class WaitingPicture {

    private final Dispatch dispatch;
    private final SessionStore store;
    private final Owners owners;
    /** This node's connections: the picture goes to the experts connected here. */
    private final LocalConnections here;
    private final Clock clock;
    /** Per skill, the last summary each expert got; touched only on the skill's queue thread. */
    private final Map<String, Map<String, QueueSummary>> shown = new ConcurrentHashMap<>();

    public WaitingPicture(Dispatch dispatch, SessionStore store, Owners owners, LocalConnections here, Clock clock) {
        this.dispatch = dispatch;
        this.store = store;
        this.owners = owners;
        this.here = here;
        this.clock = clock;
    }

    /**
     * Sends the expert the picture of each of their skills, whether or not it changed. Call it
     * after the expert's first presence report: the hop through the expert's thread keeps the
     * summaries behind it.
     */
    public void welcome(Expert expert) {
        owners.ofExpert(expert.id()).execute(() -> {
            for (String skill : expert.skills()) {
                owners.ofQueue(skill).execute(() -> {
                    QueueSummary summary = summaryOf(dispatch.queue(skill));
                    if (here.send(expertParty(expert.id()), Envelope.of(summary))) {
                        shown.computeIfAbsent(skill, k -> new HashMap<>()).put(expert.id(), summary);
                    }
                });
            }
        });
    }

    /**
     * Sends the skill's picture to every expert who holds it, has been welcomed and has not seen
     * it yet. Experts not welcomed yet are left to {@link #welcome}, so that nothing reaches them
     * before their first presence report. Queue owner thread.
     */
    void report(QueueSnapshot snapshot) {
        String skill = snapshot.skill();
        Map<String, QueueSummary> last = shown.get(skill);
        if (last == null) {
            return;
        }
        // Experts no longer connected here are forgotten here rather than on every way of leaving
        // (with several nodes, the node an expert moved to welcomes them there).
        last.keySet().removeIf(expertId -> !here.isConnected(expertParty(expertId)));
        if (last.isEmpty()) {
            shown.remove(skill);
            return;
        }
        QueueSummary summary = summaryOf(snapshot);
        for (Map.Entry<String, QueueSummary> seen : last.entrySet()) {
            if (!samePicture(summary, seen.getValue()) && here.send(expertParty(seen.getKey()), Envelope.of(summary))) {
                seen.setValue(summary);
            }
        }
    }

    private QueueSummary summaryOf(QueueSnapshot snapshot) {
        List<WaitingRequest> waiting = snapshot.waiting();
        List<QueuedRequest> shownFirst = new ArrayList<>(Math.min(waiting.size(), QueueSummary.MAX_SHOWN));
        for (WaitingRequest request : waiting) {
            if (shownFirst.size() == QueueSummary.MAX_SHOWN) {
                break;
            }
            // A session that ended since the snapshot was taken is simply left out.
            store.find(request.sessionId()).ifPresent(session -> shownFirst.add(queued(session)));
        }
        return new QueueSummary(snapshot.skill(), waiting.size(), snapshot.expertsOnline(), snapshot.expertsAvailable(),
                shownFirst, clock.millis());
    }

    private static QueuedRequest queued(Session session) {
        SessionRequest request = session.request();
        return new QueuedRequest(session.id(), request.itemCode(), request.departmentCode(), request.district(),
                request.kioskName(), request.priority(), request.requestedAt().toEpochMilli());
    }

    /** The same picture, whenever it was taken. */
    private static boolean samePicture(QueueSummary a, QueueSummary b) {
        return b != null && a.total() == b.total() && a.expertsOnline() == b.expertsOnline()
                && a.expertsAvailable() == b.expertsAvailable() && a.waiting().equals(b.waiting());
    }

    private static PartyId expertParty(String expertId) {
        return new PartyId(Role.EXPERT, expertId);
    }
}
