package cn.remotewindow.signaling.cluster;

import java.util.List;

/**
 * What a drain did.
 *
 * @param node        the node that drains
 * @param handedOver  sessions now run by other nodes
 * @param to          the nodes that took them
 * @param disconnected parties told to reconnect elsewhere (close 1001)
 */
public record DrainReport(String node, int handedOver, List<String> to, int disconnected) {

    public DrainReport {
        to = List.copyOf(to);
    }
}
