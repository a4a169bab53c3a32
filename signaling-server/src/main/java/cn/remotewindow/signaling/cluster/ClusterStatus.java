package cn.remotewindow.signaling.cluster;

import java.util.List;

/**
 * The nodes as the asked node sees them.
 *
 * @param mode     LOCAL or REDIS
 * @param node     the node that answers
 * @param sessions sessions the answering node runs
 * @param parties  kiosks and experts connected to it
 */
public record ClusterStatus(String mode, String node, List<NodeView> nodes, int sessions, int parties) {

    public ClusterStatus {
        nodes = List.copyOf(nodes);
    }

    /** One node: alive by its registration, draining or taking work. */
    public record NodeView(String id, boolean draining) {
    }
}
