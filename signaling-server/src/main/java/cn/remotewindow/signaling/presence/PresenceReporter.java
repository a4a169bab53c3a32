package cn.remotewindow.signaling.presence;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.delivery.Connections;
import java.util.Optional;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.QueueReporter;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sends an expert their presence whenever it changes. Runs on the expert's owner thread and
 * reads the dispatch's current state each time, so the last message sent is always the truth.
 * A change also changes the waiting picture of the expert's skills (experts available).
 */
public final class PresenceReporter {

    private final Dispatch dispatch;
    private final Owners owners;
    private final Connections connections;
    private final Relay relay;
    private final QueueReporter queueReporter;
    private final ConcurrentMap<String, ExpertState> lastSent = new ConcurrentHashMap<>();

    public PresenceReporter(Dispatch dispatch, Owners owners, Connections connections, Relay relay,
                            QueueReporter queueReporter) {
        this.dispatch = dispatch;
        this.owners = owners;
        this.connections = connections;
        this.relay = relay;
        this.queueReporter = queueReporter;
    }

    /**
     * The expert's state may have changed. Callable from any thread. Reported by the expert's own
     * node, so that what reaches the expert is read in the order it is sent.
     */
    public void changed(String expertId) {
        Optional<String> node = connections.elsewhere(new PartyId(Role.EXPERT, expertId));
        if (node.isPresent()) {
            relay.send(node.get(), new RelayMessage.PresenceChanged(expertId));
        } else {
            changedHere(expertId);
        }
    }

    /** The expert is connected here (or nowhere). */
    public void changedHere(String expertId) {
        owners.ofExpert(expertId).execute(() -> {
            ExpertStatus status = dispatch.expert(expertId).orElse(null);
            if (status == null) {
                return;
            }
            ExpertState state = status.effectiveState();
            if (lastSent.put(expertId, state) != state) {
                connections.send(new PartyId(Role.EXPERT, expertId),
                        Envelope.of(new PresenceState(state, List.copyOf(status.skills()))));
                status.skills().forEach(queueReporter::changed);
            }
        });
    }

    /** Answers an expert's presence.set with their state, correlated, whether it changed or not. */
    public void answer(Inbound<?> in) {
        String expertId = in.from().id();
        owners.ofExpert(expertId).execute(() -> dispatch.expert(expertId).ifPresent(status -> {
            if (lastSent.put(expertId, status.effectiveState()) != status.effectiveState()) {
                status.skills().forEach(queueReporter::changed);
            }
            in.reply(new PresenceState(status.effectiveState(), List.copyOf(status.skills())));
        }));
    }

    /** The state last reported to the expert by this node, if any. */
    public Optional<ExpertState> lastReported(String expertId) {
        return Optional.ofNullable(lastSent.get(expertId));
    }

    /** The expert signed off; the next sign-on reports afresh. */
    public void forget(String expertId) {
        owners.ofExpert(expertId).execute(() -> lastSent.remove(expertId));
    }
}
