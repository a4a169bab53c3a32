package cn.remotewindow.signaling.routing;

import java.util.List;

/**
 * One skill's queue at one instant.
 *
 * @param waiting       in service order: the first is served next
 * @param expertsOnline experts signed on with the skill, whatever their state
 */
public record QueueSnapshot(String skill, List<WaitingRequest> waiting, int expertsOnline) {

    public QueueSnapshot {
        waiting = List.copyOf(waiting);
    }
}
