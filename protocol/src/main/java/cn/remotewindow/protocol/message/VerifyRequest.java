package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Asks the kiosk to run a verification: first the citizen's consent ({@code verify.consent}).
 *
 * @param expertName who asks, shown in the consent text
 */
@WireType(value = "verify.request", sentBy = Role.SERVER, needsSession = true)
public record VerifyRequest(String verificationId, String expertName) implements Message {
}
