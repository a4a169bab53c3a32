package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The lead expert asks the kiosk to show the citizen the case summary and take their signature.
 * Needs the outcome recorded first ({@code outcome.submit}). Empty body.
 */
@WireType(value = "closing.request", sentBy = Role.EXPERT, needsSession = true)
public record ClosingRequest() implements Message {
}
