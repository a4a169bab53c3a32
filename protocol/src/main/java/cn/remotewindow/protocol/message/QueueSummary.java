package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * The waiting picture of one of the expert's skills: who waits, in service order, and how many
 * experts can take them. Sent after auth.ok for each skill and whenever the picture changes.
 *
 * @param total            every waiting request; {@code waiting} shows the first {@link #MAX_SHOWN}
 * @param expertsOnline    experts signed on with the skill, whatever their state
 * @param expertsAvailable of those, the ones AVAILABLE (free and taking rings)
 * @param waiting          in service order: the first is served next
 * @param serverTime       epoch ms, to correct the client's clock when it shows waiting times
 */
@WireType(value = "queue.summary", sentBy = Role.SERVER)
public record QueueSummary(String skill, int total, int expertsOnline, int expertsAvailable,
                           List<QueuedRequest> waiting, long serverTime) implements Message {

    public static final int MAX_SHOWN = 20;

    public QueueSummary {
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }
}
