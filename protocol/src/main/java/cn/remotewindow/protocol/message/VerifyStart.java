package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The lead expert of a call starts a remote identity verification (远程身份核验). A verification
 * still open in the session is cancelled by it. The server answers with {@code verify.state}
 * REQUESTED and asks the kiosk with {@code verify.request}.
 */
@WireType(value = "verify.start", sentBy = Role.EXPERT, needsSession = true)
public record VerifyStart() implements Message {
}
