package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Tells the kiosk that its expert handed it over: the call's media ends, the session goes on and
 * the kiosk hears {@code session.state} and {@code session.established} for the next expert as
 * after a request. The kiosk shows that it is being transferred, not that it starts over.
 *
 * @param fromName the display name of the expert who transferred
 * @param skill    the skill the session is routed by now
 */
@WireType(value = "session.transferred", sentBy = Role.SERVER, needsSession = true)
public record SessionTransferred(String fromName, String skill) implements Message {
}
