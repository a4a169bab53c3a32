package cn.remotewindow.signaling.cluster;

import java.net.URI;
import java.util.Optional;

/** Where each node answers HTTP, for the requests one node sends on to another. */
public interface HttpAddresses {

    /** The base URL of node {@code nodeId} as the other nodes reach it (e.g. http://10.0.0.7:8080); empty once it is gone. */
    Optional<URI> of(String nodeId);
}
