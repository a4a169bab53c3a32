package cn.remotewindow.signaling.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This node's name among the nodes: configured, or the host name and a random suffix. */
public record ClusterNode(String id) {

    public static ClusterNode named(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new ClusterNode(configured.trim());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return new ClusterNode(host + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
