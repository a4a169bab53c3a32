package cn.remotewindow.signaling.cluster;

import java.util.Set;
import java.util.function.Consumer;

/** The nodes of the cluster, as this node last saw them: which are alive, and which died. */
public interface NodeRegistry {

    boolean isAlive(String node);

    /** The live nodes, this one included. */
    Set<String> alive();

    /** Called, on the registry's thread, for every node seen dead: its registration ran out. */
    void onNodeLost(Consumer<String> listener);
}
