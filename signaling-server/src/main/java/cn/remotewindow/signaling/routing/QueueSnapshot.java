package cn.remotewindow.signaling.routing;

import java.util.List;

/**
 * One skill's queue at one instant.
 *
 * @param waiting          in service order: the first is served next
 * @param expertsOnline    experts signed on with the skill, whatever their state
 * @param expertsAvailable of those, the ones AVAILABLE: free and taking rings
 */
public record QueueSnapshot(String skill, List<WaitingRequest> waiting, int expertsOnline, int expertsAvailable) {

    public QueueSnapshot {
        waiting = List.copyOf(waiting);
    }
}
