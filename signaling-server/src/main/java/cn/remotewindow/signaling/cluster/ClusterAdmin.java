package cn.remotewindow.signaling.cluster;

/** What an operator asks of this node about the cluster (docs/http-api.md, /api/admin/cluster). */
public interface ClusterAdmin {

    ClusterStatus status();

    /**
     * Stops taking new connections and hands every session to the other nodes, then tells the
     * parties connected here to reconnect elsewhere. Waits for the handover.
     *
     * @throws NothingToDrainTo when no other node takes work (a node alone, or all others drain)
     */
    DrainReport drain();

    /** Refused drain: nobody could take the sessions over. */
    final class NothingToDrainTo extends RuntimeException {
        public NothingToDrainTo(String message) {
            super(message);
        }
    }
}
