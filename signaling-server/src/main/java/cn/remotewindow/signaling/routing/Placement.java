package cn.remotewindow.signaling.routing;

/** Where a placed request went: to an expert's ring, or into the queue of its skill. */
public sealed interface Placement {

    /** The expert is now ringing for the request and takes no other ring until released. */
    record Offered(String expertId) implements Placement {
    }

    /** No free expert could take it; it waits in its skill's queue. */
    record Queued() implements Placement {
    }
}
