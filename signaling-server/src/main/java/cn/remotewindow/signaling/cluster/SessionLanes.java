package cn.remotewindow.signaling.cluster;

import cn.remotewindow.signaling.session.Owners;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs session work on the session's owner thread wherever the session lives: on this node's
 * thread for it, or relayed to the node that owns it. On one node everything runs here.
 */
public final class SessionLanes {

    private static final Logger log = LoggerFactory.getLogger(SessionLanes.class);

    private final Ownership ownership;
    private final Relay relay;
    private final Owners owners;
    private final ClusterTasks tasks;

    public SessionLanes(Ownership ownership, Relay relay, Owners owners, ClusterTasks tasks) {
        this.ownership = ownership;
        this.relay = relay;
        this.owners = owners;
        this.tasks = tasks;
    }

    /** Any thread. */
    public void run(SessionTask task) {
        Optional<String> owner = ownership.elsewhere(task.sessionId());
        if (owner.isPresent()) {
            relay.send(owner.get(), new RelayMessage.ForSession(task));
        } else {
            runHere(task, false);
        }
    }

    /**
     * A task another node sent here. Should the session have moved on meanwhile (a drain), it is
     * sent on once; a task already sent on runs here, where its handler finds no session.
     */
    public void relayed(SessionTask task) {
        runHere(task, true);
    }

    private void runHere(SessionTask task, boolean relayed) {
        owners.ofSession(task.sessionId()).execute(() -> {
            try {
                ownership.adoptIfOrphaned(task.sessionId());
                Optional<String> owner = relayed ? ownership.elsewhereNow(task.sessionId()) : Optional.empty();
                if (owner.isPresent()) {
                    relay.send(owner.get(), new RelayMessage.ForSession(task));
                    return;
                }
                tasks.handle(task);
            } catch (RuntimeException e) {
                log.error("session task {} for {} failed", task.getClass().getSimpleName(), task.sessionId(), e);
            }
        });
    }
}
