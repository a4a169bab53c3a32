package cn.remotewindow.signaling.cluster;

/** A node that stops hands its sessions to the other nodes, where there are any. */
@FunctionalInterface
public interface SessionHandover {

    /** @return true if other nodes run this node's sessions from now on (so they must not be ended here) */
    boolean handOverAll();
}
