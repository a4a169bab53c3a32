package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The kiosk's place in the queue. Sent whenever the position or the estimate changes.
 *
 * @param position             1 = next to be served
 * @param estimatedWaitSeconds left out when no expert with the skill is signed in
 * @param expertsOnline        experts signed in with the skill, whatever their state (away included)
 */
@WireType(value = "queue.update", sentBy = Role.SERVER, needsSession = true)
public record QueueUpdate(String skill, int position, Integer estimatedWaitSeconds, int expertsOnline)
        implements Message {
}
