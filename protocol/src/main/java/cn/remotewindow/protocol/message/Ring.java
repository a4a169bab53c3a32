package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Offers a request to an expert, who must accept or decline before the deadline.
 *
 * @param deadline epoch milliseconds (UTC) after which the ring times out
 */
@WireType(value = "ring", sentBy = Role.SERVER, needsSession = true)
public record Ring(RequestDetails request, long deadline, int timeoutSeconds) implements Message {
}
